package vn.khuyenhoc.round.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.khuyenhoc.round.DecisionForm;
import vn.khuyenhoc.round.Proposal;
import vn.khuyenhoc.round.TitleRecord;

/** Proposals, decisions and recognitions; lists are written with one statement each (unnest), however long. */
@Repository
public class DecisionStore {

    private final JdbcClient jdbc;

    DecisionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insertProposal(long roundId, List<Long> registrations, int registeredCount, long by) {
        long id = jdbc.sql("""
                insert into round_proposal (round_id, subject_count, registered_count, proposed_by)
                values (:round, :count, :registered, :by) returning id""")
                .param("round", roundId).param("count", registrations.size()).param("registered", registeredCount)
                .param("by", by).query(Long.class).single();
        jdbc.sql("""
                insert into round_proposal_item (proposal_id, registration_id)
                select :id, unnest(:registrations)""")
                .param("id", id).param("registrations", registrations.toArray(Long[]::new)).update();
        return id;
    }

    public Optional<Proposal> findProposal(long id) {
        return jdbc.sql("""
                select id, round_id, subject_count, registered_count, status, version
                from round_proposal where id = :id""").param("id", id).query(Proposal.class).optional();
    }

    public List<Proposal> proposalsOf(long roundId) {
        return jdbc.sql("""
                select id, round_id, subject_count, registered_count, status, version
                from round_proposal where round_id = :r order by id""").param("r", roundId)
                .query(Proposal.class).list();
    }

    public List<Long> itemsOf(long proposalId) {
        return jdbc.sql("select registration_id from round_proposal_item where proposal_id = :p order by registration_id")
                .param("p", proposalId).query(Long.class).list();
    }

    /** Marks the proposal decided if it is still at the version read (a second decision over it is refused). */
    public boolean closeProposal(long id, int version) {
        return jdbc.sql("""
                update round_proposal set status = 'DECIDED', version = version + 1
                where id = :id and version = :version and status = 'SENT'""")
                .param("id", id).param("version", version).update() == 1;
    }

    public long insertDecision(long roundId, Long proposalId, String kind, DecisionForm form, long by) {
        return jdbc.sql("""
                insert into round_decision (round_id, proposal_id, kind, number, signed_on, signer_name,
                                            signer_title, issuing_body, reason, recorded_by)
                values (:round, :proposal, :kind, :number, :signed, :signer, :signerTitle, :body, :reason, :by)
                returning id""")
                .param("round", roundId).param("proposal", proposalId).param("kind", kind)
                .param("number", form.number()).param("signed", form.signedOn()).param("signer", form.signerName())
                .param("signerTitle", form.signerTitle()).param("body", form.issuingBody())
                .param("reason", form.reason()).param("by", by).query(Long.class).single();
    }

    public boolean numberTaken(String issuingBody, String number, int year) {
        return jdbc.sql("""
                select exists (select 1 from round_decision where issuing_body = :body and number = :number
                               and extract(year from signed_on) = :year)""")
                .param("body", issuingBody).param("number", number).param("year", year).query(Boolean.class).single();
    }

    /**
     * Inserts one recognition per registration in a single statement, numbered by village and then by
     * registration: the register number (số vào sổ) is the decision number and a sequence of at least four digits.
     */
    public List<Long> insertRecognitions(long decisionId, String number, List<Long> registrations, LocalDate from,
                                         LocalDate until) {
        return jdbc.sql("""
                insert into round_recognition (decision_id, registration_id, subject_kind, subject_id, title, year,
                                               register_number, valid_from, valid_until)
                select :decision, g.id, g.subject_kind, g.subject_id, g.title, g.year,
                       :number || '-' || lpad(g.seq::text, greatest(4, length(g.seq::text)), '0'), :from, :until
                from (select r.*, row_number() over (order by r.subject_unit_id, r.id) as seq
                      from round_registration r where r.id = any (:ids)) g
                returning id""")
                .param("decision", decisionId).param("number", number).param("ids", registrations.toArray(Long[]::new))
                .param("from", from).param("until", until).query(Long.class).list();
    }

    /** Ends the recognitions still in force among the ids; answers the registrations they belonged to. */
    public List<Long> revoke(List<Long> recognitions, long decisionId) {
        return jdbc.sql("""
                update round_recognition set revoked_by = :decision, version = version + 1
                where id = any (:ids) and revoked_by is null returning registration_id""")
                .param("decision", decisionId).param("ids", recognitions.toArray(Long[]::new))
                .query(Long.class).list();
    }

    public List<TitleRecord> history(String kind, long subjectId) {
        return jdbc.sql("""
                select c.id as recognition_id, c.title, c.year, c.register_number, d.number as decision_number,
                       d.signed_on, c.valid_from, c.valid_until, r.number as revoked_by
                from round_recognition c join round_decision d on d.id = c.decision_id
                left join round_decision r on r.id = c.revoked_by
                where c.subject_kind = :kind and c.subject_id = :id order by c.year desc, c.id desc""")
                .param("kind", kind).param("id", subjectId).query(TitleRecord.class).list();
    }

    public Optional<Long> roundOfRecognition(long recognitionId) {
        return jdbc.sql("""
                select g.round_id from round_recognition c join round_registration g on g.id = c.registration_id
                where c.id = :id""").param("id", recognitionId).query(Long.class).optional();
    }
}
