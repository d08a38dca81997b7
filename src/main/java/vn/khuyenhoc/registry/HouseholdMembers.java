package vn.khuyenhoc.registry;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.registry.common.PersonData;
import vn.khuyenhoc.registry.common.PersonRecords;
import vn.khuyenhoc.registry.household.HouseholdChecks;
import vn.khuyenhoc.registry.household.HouseholdRecords;
import vn.khuyenhoc.registry.household.HouseholdRecords.Household;
import vn.khuyenhoc.registry.household.MemberRecords;
import vn.khuyenhoc.registry.household.MemberRecords.Member;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.NotFound;

/**
 * The members of a household (thành viên hộ). A household always has exactly one head among its current members:
 * making someone else the head demotes the old head to "other" (the officer then corrects their relation), and
 * the head can neither be demoted nor leave directly. A member who leaves keeps their row with the day they left.
 */
@Service
public class HouseholdMembers {

    private final HouseholdRecords households;
    private final MemberRecords members;
    private final HouseholdChecks checks;
    private final PersonRecords persons;
    private final AreaGuard guard;
    private final ApplicationEventPublisher events;

    HouseholdMembers(HouseholdRecords households, MemberRecords members, HouseholdChecks checks,
                     PersonRecords persons, AreaGuard guard, ApplicationEventPublisher events) {
        this.households = households;
        this.members = members;
        this.checks = checks;
        this.persons = persons;
        this.guard = guard;
        this.events = events;
    }

    @Transactional
    public long addMember(long householdId, MemberForm form) {
        Household household = writable(householdId);
        PersonData person = checks.person(form.person());
        Relation relation = relation(form.relation());
        LocalDate joined = form.joinedOn() == null ? LocalDate.now() : form.joinedOn();
        Long demoted = relation == Relation.HEAD ? demoteHead(householdId) : null;
        long personId = persons.insert(person);
        long memberId = members.insert(householdId, personId, relation, joined);
        households.refreshSearch(householdId);
        events.publishEvent(new HouseholdChanged(householdId, "member-add", household.villageId(), null,
                memberState(memberId, personId, relation, demoted)));
        return memberId;
    }

    @Transactional
    public void updateMember(long householdId, long memberId, MemberForm form) {
        Household household = writable(householdId);
        Member member = current(householdId, memberId);
        if (form.version() == null || form.version() != member.personVersion()) {
            throw new InvalidInput("registry.member.changedMeanwhile");
        }
        PersonData person = checks.person(form.person());
        Relation relation = relation(form.relation());
        if (member.relation() == Relation.HEAD && relation != Relation.HEAD) {
            throw new InvalidInput("registry.member.headStays");
        }
        Long demoted = relation == Relation.HEAD && member.relation() != Relation.HEAD ? demoteHead(householdId) : null;
        if (!persons.update(member.personId(), person)) {
            throw new NotFound("person", member.personId());
        }
        members.setRelation(householdId, memberId, relation);
        households.refreshSearch(householdId);
        events.publishEvent(new HouseholdChanged(householdId, "member-update", household.villageId(),
                Map.of("memberId", memberId, "relation", member.relation().name()),
                memberState(memberId, member.personId(), relation, demoted)));
    }

    /** The member leaves the household on {@code leftOn}; the row stays for the years they belonged to it. */
    @Transactional
    public void removeMember(long householdId, long memberId, LocalDate leftOn) {
        Household household = writable(householdId);
        Member member = current(householdId, memberId);
        if (member.relation() == Relation.HEAD) {
            throw new InvalidInput("registry.member.headStays");
        }
        LocalDate day = leftOn == null ? LocalDate.now() : leftOn;
        if (day.isBefore(member.joinedOn())) {
            throw new InvalidInput("registry.member.leftBeforeJoined");
        }
        members.leave(householdId, memberId, day);
        events.publishEvent(new HouseholdChanged(householdId, "member-remove", household.villageId(),
                Map.of("memberId", memberId, "personId", member.personId()),
                Map.of("memberId", memberId, "personId", member.personId(), "leftOn", day.toString())));
    }

    private Long demoteHead(long householdId) {
        return members.currentHead(householdId).map(head -> {
            members.setRelation(householdId, head.id(), Relation.OTHER);
            return head.id();
        }).orElse(null);
    }

    private Household writable(long id) {
        Household household = households.find(id).orElseThrow(() -> new NotFound("household", id));
        guard.requireWrite(household.villageId());
        return household;
    }

    private Member current(long householdId, long memberId) {
        Member member = members.find(householdId, memberId).orElseThrow(() -> new NotFound("member", memberId));
        if (!member.current()) {
            throw new InvalidInput("registry.member.alreadyLeft");
        }
        return member;
    }

    private static Relation relation(Relation relation) {
        if (relation == null) {
            throw new InvalidInput("registry.member.relationMissing");
        }
        return relation;
    }

    private static Map<String, Object> memberState(long memberId, long personId, Relation relation, Long demoted) {
        var state = new HashMap<String, Object>();
        state.put("memberId", memberId);
        state.put("personId", personId);
        state.put("relation", relation.name());
        if (demoted != null) {
            state.put("demotedHeadMemberId", demoted);
        }
        return state;
    }
}
