package vn.khuyenhoc.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.khuyenhoc.shared.Text;

/**
 * Crafted records for statistics tests, written straight into the tables with SQL so that the figures can be
 * computed by hand: units of our own under demo communes, households, rounds, registrations, recognitions.
 */
final class StatisticsFixtures {

    static final LocalDate SINCE = LocalDate.of(2015, 1, 1);
    private final JdbcClient jdbc;
    private int sequence;

    StatisticsFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long unit(String code) {
        return jdbc.sql("select unit_id from geography_unit_current where code = :code order by closed, unit_id limit 1")
                .param("code", code).query(Long.class).single();
    }

    /** A unit of our own, valid over [from, to] under a parent. */
    long newUnit(String code, String name, String kind, Long parent, LocalDate from, LocalDate to) {
        long id = jdbc.sql("insert into geo_unit default values returning id").query(Long.class).single();
        jdbc.sql("""
                insert into geo_unit_version (unit_id, code, name, kind, type_name, parent_id, valid_from, valid_to,
                                              name_folded)
                values (:id, :code, :name, :kind, :type, :parent, :from, :to, :folded)""")
                .param("id", id).param("code", code).param("name", name).param("kind", kind)
                .param("type", kind.equals("VILLAGE") ? "Ấp" : "Xã").param("parent", parent).param("from", from)
                .param("to", to).param("folded", Text.fold(name)).update();
        return id;
    }

    long village(String code, long commune) {
        return newUnit(code, "Ấp thử " + code, "VILLAGE", commune, SINCE, null);
    }

    void lineage(long predecessor, long successor, String kind, Double share) {
        jdbc.sql("""
                insert into geo_lineage (predecessor_id, successor_id, effective_date, kind, share)
                values (:p, :s, date '2025-07-01', :kind, :share)""")
                .param("p", predecessor).param("s", successor).param("kind", kind).param("share", share).update();
    }

    List<Long> households(long village, int count) {
        var ids = new ArrayList<Long>();
        for (int i = 0; i < count; i++) {
            String code = "TK-" + (++sequence);
            long id = jdbc.sql("""
                    insert into reg_household (village_id, code, head_name, since, search_folded)
                    values (:v, :code, '', :since, :code) returning id""")
                    .param("v", village).param("code", code).param("since", SINCE).query(Long.class).single();
            jdbc.sql("insert into reg_household_residence (household_id, village_id, valid_from) values (:h, :v, :s)")
                    .param("h", id).param("v", village).param("s", SINCE).update();
            ids.add(id);
        }
        return ids;
    }

    long round(long area, String title, int year) {
        return jdbc.sql("""
                insert into round (year, title, area_unit_id, name, criteria_set_id, historical)
                values (:year, :title, :area, 'Đợt thử', 0, true) returning id""")
                .param("year", year).param("title", title).param("area", area).query(Long.class).single();
    }

    List<Long> register(long round, String kind, List<Long> subjects, long unit, String title, int year) {
        var ids = new ArrayList<Long>();
        for (long subject : subjects) {
            ids.add(jdbc.sql("""
                    insert into round_registration (round_id, subject_kind, subject_id, subject_unit_id, title, year)
                    values (:round, :kind, :subject, :unit, :title, :year) returning id""")
                    .param("round", round).param("kind", kind).param("subject", subject).param("unit", unit)
                    .param("title", title).param("year", year).query(Long.class).single());
        }
        return ids;
    }

    /** A reviewer's sheet with a band, for the breakdown. */
    void reviewSheet(long registration, String band, Integer level) {
        jdbc.sql("""
                insert into round_sheet (registration_id, kind, achieved, band, level)
                values (:r, 'REVIEW', true, :band, :level)""")
                .param("r", registration).param("band", band).param("level", level).update();
    }

    /** A decision recognising the registrations; returns the recognition ids. */
    List<Long> recognise(long round, List<Long> registrations, int year) {
        long decision = jdbc.sql("""
                insert into round_decision (round_id, kind, number, signed_on, signer_name, signer_title, issuing_body)
                values (:round, 'RECOGNISE', :number, :on, 'Người ký', 'Chủ tịch', 'UBND thử') returning id""")
                .param("round", round).param("number", (++sequence) + "/QĐ-UBND")
                .param("on", LocalDate.of(year, 12, 1)).query(Long.class).single();
        var ids = new ArrayList<Long>();
        for (long registration : registrations) {
            ids.add(jdbc.sql("""
                    insert into round_recognition (decision_id, registration_id, subject_kind, subject_id, title, year,
                                                   register_number, valid_from, valid_until)
                    select :d, r.id, r.subject_kind, r.subject_id, r.title, r.year, :number, :from, :until
                    from round_registration r where r.id = :r returning id""")
                    .param("d", decision).param("r", registration).param("number", "S-" + (++sequence))
                    .param("from", LocalDate.of(year, 12, 1)).param("until", LocalDate.of(year + 1, 11, 30))
                    .query(Long.class).single());
        }
        jdbc.sql("update round_registration set status = 'RECOGNISED' where id = any(:ids)")
                .param("ids", registrations.toArray(Long[]::new)).update();
        return ids;
    }

    void revoke(long recognition) {
        jdbc.sql("""
                update round_recognition set revoked_by = decision_id where id = :id""")
                .param("id", recognition).update();
    }
}
