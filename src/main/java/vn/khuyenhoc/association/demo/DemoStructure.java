package vn.khuyenhoc.association.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.shared.Text;

/** The writes of the demo association, straight into the module's tables (it runs before anyone signs in). */
@Component
public class DemoStructure {

    private final JdbcClient jdbc;

    DemoStructure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A village of the commune today. */
    public record Village(long id, String name) {
    }

    public boolean hasAssociation(long communeId) {
        return jdbc.sql("select exists (select 1 from assoc_unit where geo_unit_id = :c)").param("c", communeId)
                .query(Boolean.class).single();
    }

    public Optional<Long> provinceOf(long communeId) {
        return jdbc.sql("""
                select p.unit_id from geography_unit_current c join geography_unit_current p on p.unit_id = c.parent_id
                where c.unit_id = :c and p.kind = 'PROVINCE'
                  and not exists (select 1 from assoc_unit a where a.geo_unit_id = p.unit_id)""")
                .param("c", communeId).query(Long.class).optional();
    }

    public String name(long unitId) {
        return jdbc.sql("select name from geography_unit_current where unit_id = :u").param("u", unitId)
                .query(String.class).single().replaceFirst("^Tỉnh ", "");
    }

    public long unit(long geoUnitId, String level, String name, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                insert into assoc_unit (geo_unit_id, level, name, valid_from, valid_to)
                values (:g, :level, :name, :from, :to) returning id""")
                .param("g", geoUnitId).param("level", level).param("name", name).param("from", from)
                .param("to", to).query(Long.class).single();
    }

    public void link(long predecessor, long successor, LocalDate on) {
        jdbc.sql("insert into assoc_unit_lineage (predecessor_id, successor_id, effective_date) values (:p, :s, :on)")
                .param("p", predecessor).param("s", successor).param("on", on).update();
    }

    public List<Village> villages(long communeId) {
        return jdbc.sql("""
                select unit_id as id, name from geography_unit_current
                where parent_id = :c and kind = 'VILLAGE' and not closed order by code""")
                .param("c", communeId).query(Village.class).list();
    }

    public long branch(long association, Village village, LocalDate since) {
        String name = "Chi hội " + village.name();
        return jdbc.sql("""
                insert into assoc_branch (assoc_unit_id, village_id, area_id, name, name_folded, since)
                values (:a, :v, :v, :name, :folded, :since) returning id""")
                .param("a", association).param("v", village.id()).param("name", name)
                .param("folded", Text.fold(name)).param("since", since).query(Long.class).single();
    }

    /**
     * Up to {@code count} adults living in the village join its branch on a day since the branch opened; most
     * paid dues when joining and again later, some never since (lapsed), one in twenty left again.
     */
    public int members(long association, long branch, Village village, int count, Random random) {
        var adults = new ArrayList<>(jdbc.sql("""
                select distinct person_id from registry_household_member
                where village_id = :v and left_on is null and birth_year <= extract(year from current_date)::int - 18
                  and not exists (select 1 from assoc_member m where m.person_id = registry_household_member.person_id)
                order by person_id""").param("v", village.id()).query(Long.class).list());
        Collections.shuffle(adults, random);
        LocalDate opened = LocalDate.of(2025, 7, 1);
        long days = ChronoUnit.DAYS.between(opened, LocalDate.now());
        int written = 0;
        for (long person : adults.subList(0, Math.min(count, adults.size()))) {
            LocalDate joined = opened.plusDays(random.nextInt((int) Math.max(days / 2, 1)));
            long member = member(association, person, joined, branch);
            if (random.nextInt(10) < 8) {
                dues(member, joined);
                LocalDate again = joined.plusMonths(4 + random.nextInt(2));
                if (random.nextInt(10) < 7 && !again.isAfter(LocalDate.now())) {
                    dues(member, again);
                }
            }
            if (random.nextInt(20) == 0 && joined.plusMonths(2).isBefore(LocalDate.now())) {
                leave(member, joined.plusMonths(2));
            }
            written++;
        }
        return written;
    }

    private long member(long association, long person, LocalDate joined, long branch) {
        long id = jdbc.sql("""
                insert into assoc_member (assoc_unit_id, person_id, card_number, joined_on)
                values (:a, :p, (select '22969-' || lpad((count(*) + 1)::text, 5, '0') from assoc_member where assoc_unit_id = :a),
                        :on) returning id""")
                .param("a", association).param("p", person).param("on", joined).query(Long.class).single();
        jdbc.sql("insert into assoc_member_branch (member_id, branch_id, valid_from) values (:m, :b, :on)")
                .param("m", id).param("b", branch).param("on", joined).update();
        return id;
    }

    private void dues(long member, LocalDate on) {
        jdbc.sql("insert into assoc_dues (member_id, paid_on, amount) values (:m, :on, 50000)")
                .param("m", member).param("on", on).update();
    }

    private void leave(long member, LocalDate on) {
        jdbc.sql("update assoc_member set left_on = :on where id = :m").param("on", on).param("m", member).update();
        jdbc.sql("update assoc_member_branch set valid_to = :last where member_id = :m")
                .param("last", on.minusDays(1)).param("m", member).update();
    }

    /** Boards in all but the last two of the commune's clans (by code); returns how many. */
    public int boards(long association, long communeId, LocalDate since) {
        var clans = jdbc.sql("""
                select clan_id, name from registry_clan_name where commune_id = :c and closed_on is null order by code""")
                .param("c", communeId).query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).list();
        int boards = Math.max(clans.size() - 2, 0);
        for (var clan : clans.subList(0, boards)) {
            jdbc.sql("""
                    insert into assoc_board (assoc_unit_id, clan_id, commune_id, name, since)
                    values (:a, :clan, :c, :name, :since)""")
                    .param("a", association).param("clan", clan[0]).param("c", communeId)
                    .param("name", "Ban khuyến học " + clan[1]).param("since", since).update();
        }
        return boards;
    }

    /** The chair and a vice chair of the association and the head of each branch, from its members. */
    public void officers(long association, Random random) {
        var members = jdbc.sql("""
                select m.person_id, mb.branch_id from assoc_member m join assoc_member_branch mb on mb.member_id = m.id
                where m.assoc_unit_id = :a and m.left_on is null order by mb.branch_id, m.id""")
                .param("a", association).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        if (members.isEmpty()) {
            return;
        }
        officer("UNIT", association, members.get(0)[0], "CHAIR");
        officer("UNIT", association, members.get(members.size() - 1)[0], "VICE_CHAIR");
        long lastBranch = -1;
        for (long[] member : members) {
            if (member[1] != lastBranch && random.nextInt(10) < 9) {
                officer("BRANCH", member[1], member[0], "HEAD");
            }
            lastBranch = member[1];
        }
    }

    private void officer(String kind, long holder, long person, String position) {
        jdbc.sql("""
                insert into assoc_officer (holder_kind, holder_id, person_id, position, term_from, term_to)
                values (:k, :h, :p, :pos, date '2025-07-01', date '2030-06-30')""")
                .param("k", kind).param("h", holder).param("p", person).param("pos", position).update();
    }
}
