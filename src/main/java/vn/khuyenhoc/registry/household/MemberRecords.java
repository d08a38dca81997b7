package vn.khuyenhoc.registry.household;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.khuyenhoc.registry.Relation;

/**
 * Members of households and households' consent, for {@link vn.khuyenhoc.registry.Households} only. A member who
 * leaves keeps their row with the day they left: the counts of past years still see them.
 */
@Repository
public class MemberRecords {

    private final JdbcClient jdbc;

    MemberRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A membership with the version of the person record behind it. */
    public record Member(long id, long householdId, long personId, Relation relation, LocalDate joinedOn,
                         LocalDate leftOn, int personVersion) {

        public boolean current() {
            return leftOn == null;
        }
    }

    public Optional<Member> find(long householdId, long memberId) {
        return jdbc.sql("""
                select m.id, m.household_id, m.person_id, m.relation, m.joined_on, m.left_on, p.version as person_version
                from reg_member m join reg_person p on p.id = m.person_id
                where m.id = :member and m.household_id = :household""")
                .param("member", memberId).param("household", householdId).query(Member.class).optional();
    }

    public Optional<Member> currentHead(long householdId) {
        return jdbc.sql("""
                select m.id, m.household_id, m.person_id, m.relation, m.joined_on, m.left_on, p.version as person_version
                from reg_member m join reg_person p on p.id = m.person_id
                where m.household_id = :household and m.relation = 'HEAD' and m.left_on is null""")
                .param("household", householdId).query(Member.class).optional();
    }

    public long insert(long householdId, long personId, Relation relation, LocalDate joinedOn) {
        return jdbc.sql("""
                insert into reg_member (household_id, person_id, relation, position, joined_on)
                values (:household, :person, :relation,
                        (select coalesce(max(position), 0) + 1 from reg_member where household_id = :household),
                        :joined) returning id""")
                .param("household", householdId).param("person", personId).param("relation", relation.name())
                .param("joined", joinedOn).query(Long.class).single();
    }

    /** Members are keyed by household (V15: no index on the id alone), so the household finds the row. */
    public void setRelation(long householdId, long memberId, Relation relation) {
        jdbc.sql("update reg_member set relation = :relation where household_id = :household and id = :id")
                .param("relation", relation.name()).param("household", householdId).param("id", memberId).update();
    }

    public void leave(long householdId, long memberId, LocalDate leftOn) {
        jdbc.sql("update reg_member set left_on = :left where household_id = :household and id = :id")
                .param("left", leftOn).param("household", householdId).param("id", memberId).update();
    }

    public int personVersion(long personId) {
        return jdbc.sql("select version from reg_person where id = :id").param("id", personId)
                .query(Integer.class).single();
    }

    public long recordConsent(long householdId, LocalDate givenOn, String textVersion, long recordedBy) {
        return jdbc.sql("""
                insert into reg_consent (household_id, given_on, text_version, recorded_by)
                values (:household, :given, :text, :by) returning id""")
                .param("household", householdId).param("given", givenOn).param("text", textVersion)
                .param("by", recordedBy).query(Long.class).single();
    }

    /** Withdraws the consent in force; the id of the withdrawn consent, empty when none was in force. */
    public Optional<Long> withdrawConsent(long householdId, LocalDate on) {
        return jdbc.sql("""
                update reg_consent set withdrawn_on = :on
                where id = (select id from reg_consent where household_id = :household and withdrawn_on is null
                            order by given_on desc, id desc limit 1)
                returning id""")
                .param("on", on).param("household", householdId).query(Long.class).optional();
    }
}
