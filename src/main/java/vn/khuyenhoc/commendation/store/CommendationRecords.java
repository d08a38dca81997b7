package vn.khuyenhoc.commendation.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The commendation tables, written only by {@link vn.khuyenhoc.commendation.Commendations}, and the lookups it checks with. */
@Repository
public class CommendationRecords {

    private final JdbcClient jdbc;

    CommendationRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A recipient as its owner's view shows it: the name (null once erased) and the unit it lies in (may be null). */
    public record Recipient(String kind, long id, String name, Long unitId) {
    }

    /** A commendation to write; {@code itemId} is the proposal item it comes from, or null. */
    public record NewCommendation(String kind, String recipientKind, long recipientId, long areaUnitId, int year,
                                  String issuingBody, String decisionNumber, LocalDate decisionDate, String reason,
                                  Long itemId) {
    }

    public record Proposal(long id, int year, long fromUnitId, long toUnitId, String number, LocalDate sentOn,
                           LocalDate decidedOn) {
    }

    public record Item(long id, long proposalId, int position, String kind, String recipientKind, long recipientId,
                       String reason) {
    }

    public Optional<Recipient> recipient(String kind, long id) {
        return jdbc.sql("select kind, id, name, unit_id from commendation_recipient where kind = :k and id = :id")
                .param("k", kind).param("id", id).query(Recipient.class).optional();
    }

    public Optional<String> unitKind(long unitId) {
        return jdbc.sql("select kind from geography_unit_current where unit_id = :u").param("u", unitId)
                .query(String.class).optional();
    }

    /** Whether {@code upper} lies strictly above {@code lower} on today's map. */
    public boolean above(long upper, long lower) {
        return jdbc.sql("""
                select exists (select 1 from geography_unit_scope lo join geography_unit_scope up
                               on lo.path like up.path || '%' and lo.path <> up.path
                               where lo.unit_id = :lower and up.unit_id = :upper)""")
                .param("lower", lower).param("upper", upper).query(Boolean.class).single();
    }

    public long insert(NewCommendation c, Long by) {
        return jdbc.sql("""
                insert into commendation (kind, recipient_kind, recipient_id, area_unit_id, year, issuing_body,
                                          decision_number, decision_date, reason, item_id, recorded_by)
                values (:kind, :rk, :rid, :area, :year, :body, :number, :date, :reason, :item, :by) returning id""")
                .param("kind", c.kind()).param("rk", c.recipientKind()).param("rid", c.recipientId())
                .param("area", c.areaUnitId()).param("year", c.year()).param("body", c.issuingBody())
                .param("number", c.decisionNumber()).param("date", c.decisionDate()).param("reason", c.reason())
                .param("item", c.itemId()).param("by", by).query(Long.class).single();
    }

    public long insertProposal(int year, long from, long to, String number, LocalDate sentOn, Long by) {
        return jdbc.sql("""
                insert into commendation_proposal (year, from_unit_id, to_unit_id, number, sent_on, sent_by)
                values (:year, :from, :to, :number, :sent, :by) returning id""")
                .param("year", year).param("from", from).param("to", to).param("number", number)
                .param("sent", sentOn).param("by", by).query(Long.class).single();
    }

    public long insertItem(long proposal, int position, String kind, String recipientKind, long recipientId,
                           String reason) {
        return jdbc.sql("""
                insert into commendation_item (proposal_id, position, kind, recipient_kind, recipient_id, reason)
                values (:p, :pos, :kind, :rk, :rid, :reason) returning id""")
                .param("p", proposal).param("pos", position).param("kind", kind).param("rk", recipientKind)
                .param("rid", recipientId).param("reason", reason).query(Long.class).single();
    }

    /** The proposal, locked so that two officers cannot decide it at once. */
    public Optional<Proposal> lockProposal(long id) {
        return jdbc.sql("""
                select id, year, from_unit_id, to_unit_id, number, sent_on, decided_on
                from commendation_proposal where id = :id for update""")
                .param("id", id).query(Proposal.class).optional();
    }

    public List<Item> items(long proposal) {
        return jdbc.sql("""
                select id, proposal_id, position, kind, recipient_kind, recipient_id, reason
                from commendation_item where proposal_id = :p order by position""")
                .param("p", proposal).query(Item.class).list();
    }

    public void decideItem(long item, boolean accepted, String rejectionReason) {
        jdbc.sql("update commendation_item set outcome = :o, rejection_reason = :r where id = :id")
                .param("o", accepted ? "ACCEPTED" : "REJECTED").param("r", accepted ? null : rejectionReason)
                .param("id", item).update();
    }

    public void decideProposal(long id, String body, String number, LocalDate date, Long by) {
        jdbc.sql("""
                update commendation_proposal set decided_on = current_date, decided_by = :by, issuing_body = :body,
                       decision_number = :number, decision_date = :date where id = :id""")
                .param("by", by).param("body", body).param("number", number).param("date", date).param("id", id)
                .update();
    }
}
