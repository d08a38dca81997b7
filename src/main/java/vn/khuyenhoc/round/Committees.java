package vn.khuyenhoc.round;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.AccessDenied;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.criteria.CriteriaSets;
import vn.khuyenhoc.criteria.Node;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.NotFound;
import vn.khuyenhoc.shared.Text;
import vn.khuyenhoc.round.store.CommitteeStore;
import vn.khuyenhoc.round.store.RegistrationStore;
import vn.khuyenhoc.round.store.RoundStore;
import vn.khuyenhoc.round.store.SheetStore;

/**
 * The steering committee (ban chỉ đạo) of a commune, province or unit assessing itself: the officer who scores
 * names the members and gives each indicators; a member records the evidence and the score of theirs, which goes
 * onto the self-assessment sheet (result recomputed by the set's rule), so the sheet shows how much is met.
 */
@Service
public class Committees {

    private static final Set<String> SELF_ASSESSING = Set.of("commune", "province", "organisation");
    private final RegistrationStore registrations;
    private final RoundStore rounds;
    private final CommitteeStore store;
    private final CommitteeSheet sheet;
    private final CriteriaSets criteria;
    private final ChainGuard chains;
    private final AreaGuard guard;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;

    Committees(RegistrationStore registrations, RoundStore rounds, CommitteeStore store, CommitteeSheet sheet,
               CriteriaSets criteria, ChainGuard chains, AreaGuard guard, Accounts accounts,
               ApplicationEventPublisher events) {
        this.registrations = registrations;
        this.rounds = rounds;
        this.store = store;
        this.sheet = sheet;
        this.criteria = criteria;
        this.chains = chains;
        this.guard = guard;
        this.accounts = accounts;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Committee of(long registrationId) {
        Registration registration = find(registrationId);
        if (!guard.allows("registration", registrationId, false).orElse(false)) {
            throw new AccessDenied();
        }
        RoundView round = round(registration);
        var met = sheet.leavesMet(round, registrationId);
        var assigned = new HashMap<String, Assignment>();
        store.assignments(registrationId).forEach(a -> assigned.put(a.nodeCode(), a));
        var indicators = new ArrayList<Committee.Indicator>();
        criteria.require(round.criteriaSetId()).content().forEachNode((code, node) -> {
            if (node.isLeaf()) {
                indicators.add(new Committee.Indicator(code, node.text(), node.measure().name(), assigned.get(code),
                        met.contains(code)));
            }
        });
        return new Committee(registration, store.members(registrationId), indicators);
    }

    /** Adds a member: an account of the area by its user name, or a named person (user name left blank). */
    @Transactional
    public long addMember(long registrationId, String name, String username, String position) {
        Registration registration = requireScorer(registrationId);
        String cleanName = Text.normaliseOrNull(name);
        if (cleanName == null) {
            throw new InvalidInput("round.committee.nameNeeded");
        }
        String login = Text.normaliseOrNull(username);
        if (login != null && !accounts.usernameTaken(login)) {
            throw new InvalidInput("round.committee.unknownAccount", login);
        }
        long id = store.addMember(registrationId, cleanName, login, Text.normaliseOrNull(position),
                guard.requireUser().id());
        events.publishEvent(RoundChanged.one("committee-member", id, "add", registration.subjectUnitId(),
                Map.of("registration", registrationId, "account", login != null)));
        return id;
    }

    /** Gives indicators (leaves of the round's set) to a member of this committee. */
    @Transactional
    public void assign(long registrationId, List<String> codes, long memberId) {
        Registration registration = requireScorer(registrationId);
        if (store.members(registrationId).stream().noneMatch(m -> m.id() == memberId)) {
            throw new NotFound("committee-member", memberId);
        }
        if (codes == null || codes.isEmpty()) {
            throw new InvalidInput("round.committee.noIndicator");
        }
        codes.forEach(code -> sheet.leaf(round(registration), code));
        store.assign(registrationId, codes, memberId);
        events.publishEvent(RoundChanged.one("registration", registrationId, "committee-assign",
                registration.subjectUnitId(), Map.of("member", memberId, "indicators", List.copyOf(codes))));
    }

    /**
     * Records an indicator: by the member it is given to, or by an officer who may score the subject (for a
     * member without an account). The score goes onto the self-assessment sheet.
     */
    @Transactional
    public void record(long registrationId, String code, CommitteeRecord form) {
        Registration registration = find(registrationId);
        RoundView round = round(registration);
        Assignment assignment = store.assignment(registrationId, code)
                .orElseThrow(() -> new NotFound("assignment", code));
        var user = guard.requireUser();
        boolean own = user.username().equals(assignment.username());
        if (!own && !chains.may(round, Step.SCORE, registration.subjectKind(), registration.subjectId())) {
            throw new AccessDenied();
        }
        if (!registration.status().scorable()) {
            throw new InvalidInput("round.sheet.notScorable");
        }
        String evidence = Text.normaliseOrNull(form.evidence());
        boolean met = sheet.put(round, registration, code, form, evidence, user.id());
        if (!store.record(registrationId, code, form.version(), evidence, user.id())) {
            throw new ChangedMeanwhile("assignment");
        }
        events.publishEvent(RoundChanged.one("registration", registrationId, "committee-record",
                registration.subjectUnitId(), Map.of("indicator", code, "met", met)));
    }

    /** The indicators given to the signed-in account, for its inbox. */
    @Transactional(readOnly = true)
    public List<MyAssignment> mine() {
        var user = guard.requireUser();
        var mine = new ArrayList<MyAssignment>();
        for (Assignment a : store.ofUsername(user.username())) {
            Registration registration = find(a.registrationId());
            if (registration.status().scorable()) {
                Node node = sheet.leaf(round(registration), a.nodeCode());
                mine.add(new MyAssignment(a.registrationId(), registration.subjectName(), a.nodeCode(), node.text(),
                        node.measure().name(), a.recorded(), a.version()));
            }
        }
        return mine;
    }

    private Registration requireScorer(long registrationId) {
        Registration registration = find(registrationId);
        chains.requireStep(round(registration), Step.SCORE, registration.subjectKind(), registration.subjectId());
        if (!SELF_ASSESSING.contains(registration.subjectKind())) {
            throw new InvalidInput("round.committee.notSelfAssessing");
        }
        return registration;
    }

    private Registration find(long registrationId) {
        return registrations.find(registrationId).orElseThrow(() -> new NotFound("registration", registrationId));
    }

    private RoundView round(Registration registration) {
        return rounds.find(registration.roundId()).orElseThrow();
    }
}
