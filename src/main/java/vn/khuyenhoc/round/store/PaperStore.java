package vn.khuyenhoc.round.store;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.khuyenhoc.round.DecisionView;

/** What the paperwork prints: decisions, the subjects they list, and the round's area as the heading names it. */
@Repository
public class PaperStore {

    private static final String DECISION = """
            select d.id, d.round_id, d.proposal_id, d.kind, d.number, d.signed_on, d.signer_name, d.signer_title,
                   d.issuing_body, d.reason,
                   (select count(*) from round_recognition c
                    where c.decision_id = d.id or c.revoked_by = d.id)::int as subject_count,
                   (select max(c.valid_until) from round_recognition c where c.decision_id = d.id) as valid_until
            from round_decision d""";
    private static final String SUBJECT = """
            select %s as key, coalesce(s.name, u.name) as name, v.name as unit_name, %s as register_number
            from round_registration g
            left join registry_subject s on s.kind = g.subject_kind and s.id = g.subject_id
            left join geography_unit_current u on g.subject_kind in ('village', 'commune', 'province')
                                               and u.unit_id = g.subject_id
            left join geography_unit_current v on v.unit_id = g.subject_unit_id
            """;
    private final JdbcClient jdbc;

    PaperStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A subject as a list prints it: its name, the unit it lies in, its register number (null when proposed). */
    public record Listed(long key, String name, String unitName, String registerNumber) {
    }

    /** The round's area: its name ("Xã Liên Hương") and its kind's name ("Xã"). */
    public record Area(String name, String typeName) {
    }

    /** Whose recognition it is and which decision gave it; revoked tells whether a later decision ended it. */
    public record RecognitionRef(long decisionId, String subjectKind, long subjectId, boolean revoked) {
    }

    public Optional<RecognitionRef> recognitionRef(long recognitionId) {
        return jdbc.sql("""
                select decision_id, subject_kind, subject_id, revoked_by is not null as revoked
                from round_recognition where id = :c""").param("c", recognitionId).query(RecognitionRef.class).optional();
    }

    public Optional<DecisionView> decision(long id) {
        return jdbc.sql(DECISION + " where d.id = :id").param("id", id).query(DecisionView.class).optional();
    }

    public List<DecisionView> decisionsOf(long roundId) {
        return jdbc.sql(DECISION + " where d.round_id = :r order by d.signed_on, d.id").param("r", roundId)
                .query(DecisionView.class).list();
    }

    /** The subjects a decision recognised, in the order of their register numbers. */
    public List<Listed> recognisedBy(long decisionId) {
        return jdbc.sql(SUBJECT.formatted("c.id", "c.register_number") + """
                join round_recognition c on c.registration_id = g.id
                where c.decision_id = :d order by length(c.register_number), c.register_number""")
                .param("d", decisionId).query(Listed.class).list();
    }

    /** One recognition as a certificate prints it, with the decision that gave it. */
    public Optional<Listed> recognition(long recognitionId) {
        return jdbc.sql(SUBJECT.formatted("c.decision_id", "c.register_number") + """
                join round_recognition c on c.registration_id = g.id where c.id = :c""")
                .param("c", recognitionId).query(Listed.class).optional();
    }

    /** The subjects of a proposal, by unit and name, as the dossier lists them. */
    public List<Listed> proposedIn(long proposalId) {
        return jdbc.sql(SUBJECT.formatted("g.id", "null::text") + """
                join round_proposal_item i on i.registration_id = g.id
                where i.proposal_id = :p order by v.name, coalesce(s.name, u.name), g.id""")
                .param("p", proposalId).query(Listed.class).list();
    }

    public Area area(long unitId) {
        return jdbc.sql("select name, type_name from geography_unit_current where unit_id = :u").param("u", unitId)
                .query(Area.class).optional().orElse(new Area("", null));
    }

    public Optional<java.time.LocalDate> proposedOn(long proposalId) {
        return jdbc.sql("select (proposed_at at time zone 'Asia/Ho_Chi_Minh')::date from round_proposal where id = :p")
                .param("p", proposalId).query(java.time.LocalDate.class).optional();
    }
}
