package vn.khuyenhoc.commendation.pages;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.commendation.CommendationKind;
import vn.khuyenhoc.commendation.RecipientKind;

/** Proposals sent from or to the user's area, and one proposal with its items as the deciding unit reviews them. */
@Component
class ProposalQueries {

    private static final String SELECT = """
            select p.id, p.year, p.number, p.sent_on, p.from_unit_id, f.name as from_name, p.to_unit_id,
                   t.name as to_name, p.decided_on, p.issuing_body, p.decision_number, p.decision_date,
                   (select count(*) from commendation_item i where i.proposal_id = p.id) as items
            from commendation_proposal p
            left join geography_unit_current f on f.unit_id = p.from_unit_id
            left join geography_unit_current t on t.unit_id = p.to_unit_id
            """;
    private final JdbcClient jdbc;
    private final RecipientNames names;

    ProposalQueries(JdbcClient jdbc, RecipientNames names) {
        this.jdbc = jdbc;
        this.names = names;
    }

    record Proposal(long id, int year, String number, LocalDate sentOn, long fromUnitId, String fromName,
                    long toUnitId, String toName, LocalDate decidedOn, String issuingBody, String decisionNumber,
                    LocalDate decisionDate, long items) {

        public boolean decided() {
            return decidedOn != null;
        }
    }

    record Item(long id, int position, CommendationKind kind, RecipientKind recipientKind, long recipientId,
                String recipientName, String reason, String outcome, String rejectionReason) {
    }

    List<Proposal> find(String[] scope) {
        return jdbc.sql(SELECT + """
                where exists (select 1 from geography_unit_scope s where s.unit_id in (p.from_unit_id, p.to_unit_id)
                              and s.path like any (:scope))
                order by p.decided_on is not null, p.sent_on desc, p.id desc limit 500""")
                .param("scope", scope).query(Proposal.class).list();
    }

    Optional<Proposal> one(long id) {
        return jdbc.sql(SELECT + "where p.id = :id").param("id", id).query(Proposal.class).optional();
    }

    List<Item> items(long proposal) {
        var items = jdbc.sql("""
                select i.id, i.position, i.kind, i.recipient_kind, i.recipient_id, null as recipient_name,
                       i.reason, i.outcome, i.rejection_reason
                from commendation_item i where i.proposal_id = :p order by i.position""")
                .param("p", proposal).query(Item.class).list();
        var found = names.of(items.stream().map(i -> new RecipientNames.Key(i.recipientKind(), i.recipientId())).toList());
        return items.stream().map(i -> new Item(i.id(), i.position(), i.kind(), i.recipientKind(), i.recipientId(),
                found.get(new RecipientNames.Key(i.recipientKind(), i.recipientId())), i.reason(), i.outcome(),
                i.rejectionReason())).toList();
    }
}
