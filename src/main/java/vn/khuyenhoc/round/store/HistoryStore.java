package vn.khuyenhoc.round.store;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import vn.khuyenhoc.criteria.Assessment;
import vn.khuyenhoc.round.DecisionForm;
import vn.khuyenhoc.round.PastRound;
import vn.khuyenhoc.round.SheetForm;

/**
 * Writes a past round: each table in one statement over arrays (unnest), rows dated as the archive dates them
 * (registered, reviewed, decided), with no recording officer when the application itself records them.
 */
@Repository
public class HistoryStore {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.shared();

    HistoryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insertRound(PastRound past, Long provinceId, boolean historical, LocalDate decidedOn) {
        long id = jdbc.sql("""
                insert into round (year, title, area_unit_id, province_id, name, criteria_set_id, historical, pilot,
                                   registration_until, review_until, decision_until, status, opened_at)
                values (:year, :title, :area, :province, :name, :set, :historical, :pilot, :registered, :reviewed,
                        :decided, 'CLOSED', :opened) returning id""")
                .param("year", past.year()).param("title", past.title().name()).param("area", past.areaUnitId())
                .param("province", provinceId).param("name", past.name()).param("set", past.criteriaSetId())
                .param("historical", historical).param("pilot", !past.pilotUnits().isEmpty())
                .param("registered", past.registeredOn()).param("reviewed", past.reviewedOn())
                .param("decided", decidedOn).param("opened", at(LocalDate.of(past.year(), 1, 2)))
                .query(Long.class).single();
        jdbc.sql("insert into round_pilot_unit (round_id, unit_id) select :r, unnest(:units) on conflict do nothing")
                .param("r", id).param("units", past.pilotUnits().toArray(Long[]::new)).update();
        return id;
    }

    /**
     * Whether every unit lay inside (or was) the area unit on the day, on that day's map: a village of a commune
     * merged since still counts in its old commune for the old commune's past rounds.
     */
    public boolean allInside(List<Long> units, long areaUnitId, LocalDate day) {
        return jdbc.sql("""
                with recursive up (unit_id, start) as (
                    select u.id, u.id from unnest(:units) u(id)
                    union
                    select v.parent_id, up.start from up join geography_unit_version v on v.unit_id = up.unit_id
                      and (v.valid_from is null or v.valid_from <= :day) and (v.valid_to is null or v.valid_to >= :day)
                    where v.parent_id is not null)
                select count(distinct start) = cardinality(:units) from up where unit_id = :area""")
                .param("units", units.toArray(Long[]::new)).param("area", areaUnitId).param("day", day)
                .query(Boolean.class).single();
    }

    /** The registrations in the order of the entries: recognised ones RECOGNISED, the others REJECTED. */
    public List<Long> insertRegistrations(long roundId, String kind, PastRound past) {
        var entries = past.entries();
        return jdbc.sql("""
                insert into round_registration (round_id, subject_kind, subject_id, subject_unit_id, title, year,
                                                status, registered_at, reviewed_at)
                select :round, :kind, e.subject, e.unit, :title, :year,
                       case when e.recognised then 'RECOGNISED' else 'REJECTED' end, :registered, :reviewed
                from unnest(:subjects, :units, :recognised) with ordinality as e(subject, unit, recognised, n)
                order by e.n
                returning id""")
                .param("round", roundId).param("kind", kind).param("title", past.title().name())
                .param("year", past.year()).param("registered", at(past.registeredOn()))
                .param("reviewed", at(past.reviewedOn()))
                .param("subjects", entries.stream().map(PastRound.Entry::subjectId).toArray(Long[]::new))
                .param("units", entries.stream().map(PastRound.Entry::subjectUnitId).toArray(Long[]::new))
                .param("recognised", entries.stream().map(PastRound.Entry::recognised).toArray(Boolean[]::new))
                .query(Long.class).list();
    }

    public void insertReviewSheets(List<Long> registrations, List<SheetForm> forms, List<Assessment> results,
                                   LocalDate savedOn) {
        jdbc.sql("""
                insert into round_sheet (registration_id, kind, points, met, figures, notes, achieved, band, level,
                                         total, maximum, saved_at)
                select s.registration, 'REVIEW', cast(s.points as jsonb), cast(s.met as jsonb), '{}',
                       cast(s.notes as jsonb), s.achieved, s.band, s.level, s.total, s.maximum, :saved
                from unnest(:registrations, :points, :met, :notes, :achieved, :band, :level, :total, :maximum)
                     as s(registration, points, met, notes, achieved, band, level, total, maximum)""")
                .param("registrations", registrations.toArray(Long[]::new))
                .param("points", forms.stream().map(form -> json.writeValueAsString(form.points())).toArray(String[]::new))
                .param("met", forms.stream().map(form -> json.writeValueAsString(form.met())).toArray(String[]::new))
                .param("notes", forms.stream().map(form -> json.writeValueAsString(form.notes())).toArray(String[]::new))
                .param("achieved", results.stream().map(Assessment::achieved).toArray(Boolean[]::new))
                .param("band", results.stream().map(Assessment::band).toArray(String[]::new))
                .param("level", results.stream().map(Assessment::level).toArray(Integer[]::new))
                .param("total", results.stream().map(Assessment::total).toArray(java.math.BigDecimal[]::new))
                .param("maximum", results.stream().map(Assessment::maximum).toArray(java.math.BigDecimal[]::new))
                .param("saved", at(savedOn)).update();
    }

    /**
     * The timeline of every registration as the archive knows it: registered, then recognised (with the decision's
     * number) or rejected at review; answers the recognised registrations. The steps between are not invented.
     */
    public List<Long> recordSteps(List<Long> registrations, PastRound past, String actor, DecisionForm decision) {
        var recognised = new ArrayList<Long>();
        for (int i = 0; i < registrations.size(); i++) {
            if (past.entries().get(i).recognised()) {
                recognised.add(registrations.get(i));
            }
        }
        jdbc.sql("""
                insert into round_event (registration_id, step, actor_name, at, note)
                select e.id, s.step, :actor, s.at, s.note
                from unnest(:ids, :recognised) as e(id, recognised)
                cross join lateral (values ('REGISTERED', cast(:registered as timestamptz), cast(null as text)),
                                           (case when e.recognised then 'RECOGNISED' else 'REJECTED' end,
                                            case when e.recognised then cast(:decided as timestamptz)
                                                 else cast(:reviewed as timestamptz) end,
                                            case when e.recognised then cast(:number as text) end)) as s(step, at, note)""")
                .param("ids", registrations.toArray(Long[]::new))
                .param("recognised", past.entries().stream().map(PastRound.Entry::recognised).toArray(Boolean[]::new))
                .param("actor", actor).param("registered", at(past.registeredOn()))
                .param("reviewed", at(past.reviewedOn())).param("decided", at(decision.signedOn()))
                .param("number", decision.number()).update();
        return recognised;
    }

    public long insertProposal(long roundId, List<Long> registrations, int registeredCount, LocalDate decidedOn) {
        long id = jdbc.sql("""
                insert into round_proposal (round_id, subject_count, registered_count, status, proposed_at)
                values (:round, :count, :registered, 'DECIDED', :at) returning id""")
                .param("round", roundId).param("count", registrations.size()).param("registered", registeredCount)
                .param("at", at(decidedOn.minusDays(7))).query(Long.class).single();
        jdbc.sql("insert into round_proposal_item (proposal_id, registration_id) select :p, unnest(:ids)")
                .param("p", id).param("ids", registrations.toArray(Long[]::new)).update();
        return id;
    }

    public long insertDecision(long roundId, long proposalId, DecisionForm form) {
        return jdbc.sql("""
                insert into round_decision (round_id, proposal_id, kind, number, signed_on, signer_name,
                                            signer_title, issuing_body, recorded_at)
                values (:round, :proposal, 'RECOGNISE', :number, :signed, :signer, :signerTitle, :body, :at)
                returning id""")
                .param("round", roundId).param("proposal", proposalId).param("number", form.number())
                .param("signed", form.signedOn()).param("signer", form.signerName())
                .param("signerTitle", form.signerTitle()).param("body", form.issuingBody())
                .param("at", at(form.signedOn())).query(Long.class).single();
    }

    /** Office hours on the day, in Vietnam. */
    private static OffsetDateTime at(LocalDate day) {
        return day.atTime(LocalTime.of(8, 0)).atZone(VIETNAM).toOffsetDateTime();
    }
}
