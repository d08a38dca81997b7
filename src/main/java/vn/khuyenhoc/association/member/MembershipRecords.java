package vn.khuyenhoc.association.member;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.association.StatusRule;

/** Writes and look-ups of memberships, their branch history and dues, and the status rules. */
@Component
public class MembershipRecords {

    private final JdbcClient jdbc;

    MembershipRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A membership as the API needs it. */
    public record Member(long id, long assocUnitId, long personId, String cardNumber, LocalDate joinedOn,
                         LocalDate leftOn) {
    }

    /** The member's branch from a day on (to {@code validTo}, or still). */
    public record Placement(long branchId, LocalDate validFrom, LocalDate validTo) {
    }

    public Optional<Member> find(long id) {
        return jdbc.sql("""
                select id, assoc_unit_id, person_id, card_number, joined_on, left_on from assoc_member where id = :id""")
                .param("id", id).query(Member.class).optional();
    }

    public boolean isOpenMember(long personId) {
        return jdbc.sql("select exists (select 1 from assoc_member where person_id = :p and left_on is null)")
                .param("p", personId).query(Boolean.class).single();
    }

    /** Corrects a card number unless someone changed it since {@code shown}; answers whether it did. */
    public boolean changeCard(long memberId, String shown, String card) {
        return jdbc.sql("""
                update assoc_member set card_number = :card, version = version + 1
                where id = :id and card_number = :shown""").param("id", memberId).param("shown", shown)
                .param("card", card).update() == 1;
    }

    public boolean cardTaken(long unitId, String card) {
        return jdbc.sql("select exists (select 1 from assoc_member where assoc_unit_id = :u and card_number = :c)")
                .param("u", unitId).param("c", card).query(Boolean.class).single();
    }

    /** The next card number "{prefix}-00001" of the association, past every number it has issued so far. */
    public String nextCard(long unitId, String prefix) {
        int next = jdbc.sql("""
                select coalesce(max(cast(substring(card_number from length(:prefix) + 2) as int)), 0) + 1
                from assoc_member where assoc_unit_id = :u and card_number ~ ('^' || :prefix || '-[0-9]{1,9}$')""")
                .param("u", unitId).param("prefix", prefix).query(Integer.class).single();
        return prefix + "-" + String.format("%05d", next);
    }

    public long insert(long unitId, long personId, String card, LocalDate joinedOn, long branchId) {
        long id = jdbc.sql("""
                insert into assoc_member (assoc_unit_id, person_id, card_number, joined_on)
                values (:u, :p, :c, :on) returning id""")
                .param("u", unitId).param("p", personId).param("c", card).param("on", joinedOn)
                .query(Long.class).single();
        place(id, branchId, joinedOn);
        return id;
    }

    public Optional<Placement> placementOn(long memberId, LocalDate day) {
        return jdbc.sql("""
                select branch_id, valid_from, valid_to from assoc_member_branch
                where member_id = :m and valid_from <= :d and (valid_to is null or valid_to >= :d)""")
                .param("m", memberId).param("d", day).query(Placement.class).optional();
    }

    public List<Placement> placements(long memberId) {
        return jdbc.sql("""
                select branch_id, valid_from, valid_to from assoc_member_branch where member_id = :m
                order by valid_from""").param("m", memberId).query(Placement.class).list();
    }

    /** Ends the open placement the day before {@code from} and opens the next one on it. */
    public void transfer(long memberId, long branchId, LocalDate from) {
        endPlacement(memberId, from.minusDays(1));
        place(memberId, branchId, from);
    }

    public void leave(long memberId, LocalDate on) {
        jdbc.sql("update assoc_member set left_on = :on, version = version + 1 where id = :m")
                .param("on", on).param("m", memberId).update();
        endPlacement(memberId, on.minusDays(1));
    }

    public void addDues(long memberId, LocalDate paidOn, Long amount) {
        jdbc.sql("insert into assoc_dues (member_id, paid_on, amount) values (:m, :on, :amount)")
                .param("m", memberId).param("on", paidOn).param("amount", amount).update();
    }

    public Optional<LocalDate> lastPaid(long memberId, LocalDate day) {
        return jdbc.sql("select paid_on from assoc_dues where member_id = :m and paid_on <= :d order by paid_on desc limit 1")
                .param("m", memberId).param("d", day).query(LocalDate.class).optional();
    }

    public List<StatusRule> rules() {
        return jdbc.sql("select valid_from, valid_to, lapse_after_months from assoc_status_rule order by valid_from nulls first")
                .query(StatusRule.class).list();
    }

    /** A rule version as its page lists it. */
    public record RuleRow(long id, LocalDate validFrom, LocalDate validTo, Integer lapseAfterMonths, String note) {
    }

    public List<RuleRow> ruleRows() {
        return jdbc.sql("""
                select id, valid_from, valid_to, lapse_after_months, note from assoc_status_rule
                order by valid_from nulls first""").query(RuleRow.class).list();
    }

    /** The open-ended version, locked until the transaction ends so that two changes of rule queue up. */
    public Optional<RuleRow> lockOpenRule() {
        return jdbc.sql("""
                select id, valid_from, valid_to, lapse_after_months, note from assoc_status_rule
                where valid_to is null for update""").query(RuleRow.class).optional();
    }

    public void endRule(long id, LocalDate lastDay) {
        jdbc.sql("update assoc_status_rule set valid_to = :d where id = :id").param("d", lastDay).param("id", id)
                .update();
    }

    public long insertRule(LocalDate from, Integer lapseAfterMonths, String note) {
        return jdbc.sql("""
                insert into assoc_status_rule (valid_from, lapse_after_months, note) values (:f, :m, :n) returning id""")
                .param("f", from).param("m", lapseAfterMonths).param("n", note).query(Long.class).single();
    }

    /**
     * Moves the current members of one association into another; a card number the other already has gets the
     * old association's code in front ("27643/00012"), so numbers stay unique within the association.
     */
    public void moveCurrent(long fromUnitId, long toUnitId, String prefix) {
        jdbc.sql("""
                update assoc_member m set card_number = :prefix || '/' || m.card_number, version = version + 1
                where m.assoc_unit_id = :from and m.left_on is null and exists (
                    select 1 from assoc_member o where o.assoc_unit_id = :to and o.card_number = m.card_number)""")
                .param("prefix", prefix).param("from", fromUnitId).param("to", toUnitId).update();
        jdbc.sql("""
                update assoc_member set assoc_unit_id = :to, version = version + 1
                where assoc_unit_id = :from and left_on is null""")
                .param("from", fromUnitId).param("to", toUnitId).update();
    }

    private void place(long memberId, long branchId, LocalDate from) {
        jdbc.sql("insert into assoc_member_branch (member_id, branch_id, valid_from) values (:m, :b, :from)")
                .param("m", memberId).param("b", branchId).param("from", from).update();
    }

    private void endPlacement(long memberId, LocalDate lastDay) {
        jdbc.sql("update assoc_member_branch set valid_to = :to where member_id = :m and valid_to is null")
                .param("to", lastDay).param("m", memberId).update();
    }
}
