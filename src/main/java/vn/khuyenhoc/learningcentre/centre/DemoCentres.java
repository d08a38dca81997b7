package vn.khuyenhoc.learningcentre.centre;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The writes of the demo centres, straight into the module's tables and in bulk (it runs before anyone signs in). */
@Component
public class DemoCentres {

    public static final String[] RATINGS = {"GOOD", "FAIR", "AVERAGE"};
    private static final String[][] ACTIVITIES = {
            {"CLASS", "IT", "Lớp tin học văn phòng cơ bản"}, {"TOPIC", "LAW", "Tuyên truyền Luật Giao thông đường bộ"},
            {"CLASS", "AGRICULTURE", "Kỹ thuật nuôi tôm thẻ chân trắng"}, {"TOPIC", "HEALTH", "Phòng chống sốt xuất huyết"},
            {"CLASS", "FOREIGN_LANGUAGE", "Tiếng Anh giao tiếp cho thanh thiếu niên"},
            {"TOPIC", "CULTURE", "Câu lạc bộ đọc sách và văn nghệ"}, {"CLASS", "LITERACY", "Lớp xóa mù chữ, chống tái mù"},
            {"TOPIC", "LAW", "Phổ biến Luật Bảo vệ dữ liệu cá nhân"}, {"CLASS", "AGRICULTURE", "Trồng thanh long theo VietGAP"},
            {"TOPIC", "OTHER", "Kỹ năng an toàn trên mạng cho phụ huynh"}};
    private final JdbcClient jdbc;

    DemoCentres(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean hasCentre(long communeId) {
        return jdbc.sql("select exists (select 1 from lc_centre where commune_id = :c)").param("c", communeId)
                .query(Boolean.class).single();
    }

    public long centre(long communeId, String name, LocalDate founded) {
        return jdbc.sql("""
                insert into lc_centre (commune_id, name, founded_on, valid_from) values (:c, :name, :on, :on)
                returning id""").param("c", communeId).param("name", name).param("on", founded)
                .query(Long.class).single();
    }

    /** The director: the oldest adult living in the commune by the demo registry, as a registry person. */
    public void director(long centreId, long communeId) {
        jdbc.sql("""
                update lc_centre set director_person_id = (
                    select m.person_id from registry_household_member m join geography_unit_current v on v.unit_id = m.village_id
                    where v.parent_id = :c and m.left_on is null and m.birth_year between 1965 and 1980
                    order by m.birth_year, m.person_id limit 1)
                where id = :id""").param("c", communeId).param("id", centreId).update();
    }

    /** Ten activities a year, their days and participants drawn with the seed; answers how many were written. */
    public int activities(long centreId, int fromYear, int toYear, Random random) {
        var kinds = new ArrayList<String>();
        var topics = new ArrayList<String>();
        var titles = new ArrayList<String>();
        var days = new ArrayList<LocalDate>();
        var participants = new ArrayList<Integer>();
        for (int year = fromYear; year <= toYear; year++) {
            int months = year == LocalDate.now().getYear() ? Math.max(1, LocalDate.now().getMonthValue() - 1) : 12;
            for (String[] activity : ACTIVITIES) {
                kinds.add(activity[0]);
                topics.add(activity[1]);
                titles.add(activity[2]);
                days.add(LocalDate.of(year, 1 + random.nextInt(months), 1 + random.nextInt(28)));
                participants.add(activity[0].equals("CLASS") ? 20 + random.nextInt(30) : 60 + random.nextInt(150));
            }
        }
        jdbc.sql("""
                insert into lc_activity (centre_id, kind, topic, title, starts_on, participants)
                select :c, k, t, title, d, p from unnest(:kinds, :topics, :titles, :days, :participants) as x(k, t, title, d, p)""")
                .param("c", centreId).param("kinds", kinds.toArray(String[]::new))
                .param("topics", topics.toArray(String[]::new)).param("titles", titles.toArray(String[]::new))
                .param("days", days.stream().map(java.sql.Date::valueOf).toArray(java.sql.Date[]::new))
                .param("participants", participants.toArray(Integer[]::new)).update();
        return titles.size();
    }

    /** Visits as the centre reported them: its activities' participants and the reading room's visitors. */
    public void visits(long centreId, List<Integer> years, Random random) {
        for (int year : years) {
            jdbc.sql("""
                    insert into lc_visits (centre_id, year, visits)
                    select :c, :y, coalesce(sum(participants), 0) + :reading from lc_activity where centre_id = :c and year = :y""")
                    .param("c", centreId).param("y", year).param("reading", 2_000 + random.nextInt(3_000)).update();
        }
    }

    public int ratings(long centreId, List<Integer> years, List<String> ratings) {
        for (int i = 0; i < years.size(); i++) {
            jdbc.sql("insert into lc_rating (centre_id, year, rating) values (:c, :y, :r)").param("c", centreId)
                    .param("y", years.get(i)).param("r", ratings.get(i)).update();
        }
        return years.size();
    }
}
