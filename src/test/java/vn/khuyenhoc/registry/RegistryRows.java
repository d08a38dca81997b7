package vn.khuyenhoc.registry;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.khuyenhoc.registry.common.Names;
import vn.khuyenhoc.shared.Text;

/** Hand-made registry rows for tests of the views, written straight into the tables (dates as yyyy-MM-dd). */
final class RegistryRows {

    private final JdbcClient jdbc;
    private final long communeId;
    private int next;

    RegistryRows(JdbcClient jdbc, long communeId) {
        this.jdbc = jdbc;
        this.communeId = communeId;
    }

    long household(long village, String since, String closedOn) {
        return jdbc.sql("""
                insert into reg_household (village_id, code, head_name, since, closed_on)
                values (:village, :code, 'Người thử', :since, :closed) returning id""")
                .param("village", village).param("code", "T-" + ++next).param("since", day(since))
                .param("closed", day(closedOn)).query(Long.class).single();
    }

    void residence(long household, long village, String from, String to) {
        jdbc.sql("""
                insert into reg_household_residence (household_id, village_id, valid_from, valid_to)
                values (:household, :village, :from, :to)""")
                .param("household", household).param("village", village).param("from", day(from))
                .param("to", day(to)).update();
    }

    long person(Integer birthYear, String targetGroup) {
        String name = "Người Thử " + ++next;
        return jdbc.sql("""
                insert into reg_person (full_name, name_folded, sort_key, birth_year, target_group)
                values (:name, :folded, :sort, :year, :group) returning id""")
                .param("name", name).param("folded", Text.fold(name)).param("sort", Names.personSortKey(name))
                .param("year", birthYear).param("group", targetGroup).query(Long.class).single();
    }

    void member(long household, long person, String relation, String joined, String left) {
        jdbc.sql("""
                insert into reg_member (household_id, person_id, relation, joined_on, left_on)
                values (:household, :person, :relation, :joined, :left)""")
                .param("household", household).param("person", person).param("relation", relation)
                .param("joined", day(joined)).param("left", day(left)).update();
    }

    void clan(String code, String since, String closedOn, boolean board) {
        jdbc.sql("""
                insert into reg_clan (commune_id, code, name, name_folded, sort_key, has_board, since, closed_on)
                values (:commune, :code, :code, :code, :sort, :board, :since, :closed)""")
                .param("commune", communeId).param("code", code).param("sort", Names.sortKey(code))
                .param("board", board).param("since", day(since)).param("closed", day(closedOn)).update();
    }

    long organisation(String code, String kind, String level, String since, String closedOn) {
        return jdbc.sql("""
                insert into reg_organisation (commune_id, code, name, name_folded, sort_key, kind, managing_level,
                                              since, closed_on)
                values (:commune, :code, :code, :code, :sort, :kind, :level, :since, :closed) returning id""")
                .param("commune", communeId).param("code", code).param("sort", Names.sortKey(code))
                .param("kind", kind).param("level", level).param("since", day(since))
                .param("closed", day(closedOn)).query(Long.class).single();
    }

    void staff(long organisation, long person, String joined, String left) {
        jdbc.sql("""
                insert into reg_staff (organisation_id, person_id, joined_on, left_on)
                values (:organisation, :person, :joined, :left)""")
                .param("organisation", organisation).param("person", person).param("joined", day(joined))
                .param("left", day(left)).update();
    }

    private static LocalDate day(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
