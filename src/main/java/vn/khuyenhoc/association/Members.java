package vn.khuyenhoc.association;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.AccessDenied;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.association.member.MembershipRecords;
import vn.khuyenhoc.association.member.MembershipRecords.Member;
import vn.khuyenhoc.association.structure.StructureRecords;
import vn.khuyenhoc.association.structure.StructureRecords.Branch;
import vn.khuyenhoc.geography.UnitSummary;
import vn.khuyenhoc.geography.Units;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.NotFound;
import vn.khuyenhoc.shared.Text;

/**
 * Members (hội viên): registry persons who join a branch with a card number, move between the branches of their
 * association (history kept), pay dues and leave. Their status on any day comes from the dated rules
 * ({@link MembershipRules}). Branch officers keep the members of their village's branch.
 */
@Service
public class Members {

    private final MembershipRecords records;
    private final StructureRecords structure;
    private final AreaGuard guard;
    private final Units units;
    private final ApplicationEventPublisher events;

    Members(MembershipRecords records, StructureRecords structure, AreaGuard guard, Units units,
            ApplicationEventPublisher events) {
        this.records = records;
        this.structure = structure;
        this.guard = guard;
        this.units = units;
        this.events = events;
    }

    @Transactional
    public long join(JoinForm form) {
        Branch branch = requireOpenBranch(form.branchId());
        LocalDate on = form.joinedOn() == null ? LocalDate.now() : form.joinedOn();
        if (on.isBefore(branch.since())) {
            throw new InvalidInput("association.member.beforeBranch");
        }
        if (!guard.allows("person", form.personId(), false).orElseThrow(() -> new NotFound("person", form.personId()))) {
            throw new AccessDenied();
        }
        if (records.isOpenMember(form.personId())) {
            throw new InvalidInput("association.member.alreadyMember");
        }
        String card = Text.normaliseOrNull(form.cardNumber());
        long unitId = branch.assocUnitId();
        if (card == null) {
            card = records.nextCard(unitId, cardPrefix(unitId));
        } else if (records.cardTaken(unitId, card)) {
            throw new InvalidInput("association.member.cardTaken", card);
        }
        long id = records.insert(unitId, form.personId(), card, on, branch.id());
        events.publishEvent(new MemberChanged(id, "join", branch.areaId(), null, Map.of("person", form.personId(),
                "branch", branch.id(), "card", card, "joinedOn", on.toString())));
        return id;
    }

    /** Moves the member to another branch of the same association from the day on. */
    @Transactional
    public void transfer(long memberId, long toBranchId, LocalDate on) {
        Member member = requireCurrent(memberId);
        var placement = records.placementOn(memberId, on).orElseThrow(() -> new InvalidInput("association.member.notPlaced"));
        guard.requireWrite(structure.branch(placement.branchId()).orElseThrow().areaId());
        Branch to = requireOpenBranch(toBranchId);
        if (to.assocUnitId() != member.assocUnitId()) {
            throw new InvalidInput("association.member.otherAssociation");
        }
        if (to.id() == placement.branchId() || !on.isAfter(placement.validFrom()) || placement.validTo() != null) {
            throw new InvalidInput("association.member.cannotTransfer");
        }
        records.transfer(memberId, toBranchId, on);
        events.publishEvent(new MemberChanged(memberId, "transfer", to.areaId(),
                Map.of("branch", placement.branchId()), Map.of("branch", toBranchId, "from", on.toString())));
    }

    @Transactional
    public void leave(long memberId, LocalDate on) {
        Member member = requireCurrent(memberId);
        guard.requireWrite(currentArea(memberId));
        if (on == null || !on.isAfter(member.joinedOn())) {
            throw new InvalidInput("association.member.leftBeforeJoining");
        }
        records.leave(memberId, on);
        events.publishEvent(new MemberChanged(memberId, "leave", currentArea(memberId), null,
                Map.of("leftOn", on.toString())));
    }

    @Transactional
    public void recordDues(long memberId, LocalDate paidOn, Long amount) {
        Member member = requireCurrent(memberId);
        guard.requireWrite(currentArea(memberId));
        if (paidOn == null || paidOn.isBefore(member.joinedOn()) || (amount != null && amount < 0)) {
            throw new InvalidInput("association.member.duesInvalid");
        }
        records.addDues(memberId, paidOn, amount);
        events.publishEvent(new MemberChanged(memberId, "dues", currentArea(memberId), null,
                Map.of("paidOn", paidOn.toString(), "amount", amount == null ? 0 : amount)));
    }

    /**
     * Corrects a card number typed wrong. {@code shown} is the number the officer's form showed: if it changed
     * meanwhile, nothing is written and the officer is told.
     */
    @Transactional
    public void correctCard(long memberId, String shown, String cardNumber) {
        Member member = requireCurrent(memberId);
        guard.requireWrite(currentArea(memberId));
        String card = Text.normaliseOrNull(cardNumber);
        if (card == null) {
            throw new InvalidInput("association.member.cardMissing");
        }
        if (card.equals(member.cardNumber())) {
            return;
        }
        if (records.cardTaken(member.assocUnitId(), card)) {
            throw new InvalidInput("association.member.cardTaken", card);
        }
        if (!records.changeCard(memberId, shown, card)) {
            throw new InvalidInput("association.member.changedMeanwhile");
        }
        events.publishEvent(new MemberChanged(memberId, "card", currentArea(memberId),
                Map.of("card", member.cardNumber()), Map.of("card", card)));
    }

    /** The member's status on the day (null before they joined), under the rule in force that day. */
    @Transactional(readOnly = true)
    public MembershipStatus statusOn(long memberId, LocalDate day) {
        Member member = records.find(memberId).orElseThrow(() -> new NotFound("member", memberId));
        guard.requireRead(currentArea(memberId));
        return MembershipRules.statusOn(day, member.joinedOn(), member.leftOn(),
                records.lastPaid(memberId, day).orElse(null), records.rules());
    }

    private Member requireCurrent(long memberId) {
        Member member = records.find(memberId).orElseThrow(() -> new NotFound("member", memberId));
        if (member.leftOn() != null) {
            throw new InvalidInput("association.member.hasLeft");
        }
        return member;
    }

    /** The area of the member's last branch. */
    private long currentArea(long memberId) {
        var placements = records.placements(memberId);
        long branchId = placements.get(placements.size() - 1).branchId();
        return structure.branch(branchId).orElseThrow().areaId();
    }

    private Branch requireOpenBranch(long branchId) {
        Branch branch = structure.branch(branchId).orElseThrow(() -> new NotFound("branch", branchId));
        guard.requireWrite(branch.areaId());
        if (branch.closedOn() != null) {
            throw new InvalidInput("association.branch.closed");
        }
        return branch;
    }

    private String cardPrefix(long unitId) {
        long geo = structure.unit(unitId).orElseThrow().geoUnitId();
        return units.on(geo, LocalDate.now()).map(UnitSummary::code).orElse(String.valueOf(unitId));
    }
}
