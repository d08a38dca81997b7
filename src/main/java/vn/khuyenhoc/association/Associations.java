package vn.khuyenhoc.association;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.AccessDenied;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.association.structure.StructureRecords;
import vn.khuyenhoc.association.structure.StructureRecords.Unit;
import vn.khuyenhoc.geography.UnitKind;
import vn.khuyenhoc.geography.Units;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.NotFound;
import vn.khuyenhoc.shared.Text;

/**
 * The association's structure (Hội Khuyến học): units, branches (chi hội), boards (ban khuyến học) and their
 * officers. Each change is checked by the guard against the area it lies in and audited in one transaction.
 * Mergers follow geography's lineage: see {@link AssociationMergers}.
 */
@Service
public class Associations {

    /** District associations ended with the two-tier map of 1 July 2025. */
    static final LocalDate TWO_TIERS = LocalDate.of(2025, 7, 1);
    private final StructureRecords records;
    private final AreaGuard guard;
    private final Units units;
    private final ApplicationEventPublisher events;

    Associations(StructureRecords records, AreaGuard guard, Units units, ApplicationEventPublisher events) {
        this.records = records;
        this.guard = guard;
        this.units = units;
        this.events = events;
    }

    @Transactional
    public long open(AssociationForm form) {
        guard.requireWrite(form.geoUnitId());
        var unit = units.on(form.geoUnitId(), form.validFrom())
                .filter(u -> u.kind() == form.level().unitKind())
                .orElseThrow(() -> new InvalidInput("association.unit.wrongLevel"));
        if (form.level() == AssociationLevel.DISTRICT && !form.validFrom().isBefore(TWO_TIERS)) {
            throw new InvalidInput("association.unit.noDistricts");
        }
        if (records.unitOf(unit.unitId(), form.validFrom()).isPresent()) {
            throw new InvalidInput("association.unit.exists");
        }
        String name = requireName(form.name());
        long id = records.insertUnit(unit.unitId(), form.level().name(), name, form.validFrom());
        events.publishEvent(new AssociationChanged("association", id, "open", unit.unitId(),
                Map.of("level", form.level().name(), "validFrom", form.validFrom().toString())));
        return id;
    }

    @Transactional
    public long addBranch(long associationId, BranchForm form) {
        Unit association = requireCommuneAssociation(associationId);
        LocalDate since = form.since() == null ? LocalDate.now() : form.since();
        if ((form.villageId() == null) == (form.organisationId() == null)) {
            throw new InvalidInput("association.branch.villageOrOrganisation");
        }
        long area = form.villageId() != null ? requireVillageOf(form.villageId(), association, since)
                : requireCommuneOf(records.communeOfOrganisation(form.organisationId()), association);
        long id = records.insertBranch(associationId, form.villageId(), form.organisationId(), area,
                requireName(form.name()), since);
        events.publishEvent(new AssociationChanged("branch", id, "open", area, ids(associationId,
                form.villageId(), form.organisationId(), since)));
        return id;
    }

    @Transactional
    public void closeBranch(long branchId, LocalDate on) {
        var branch = records.branch(branchId).orElseThrow(() -> new NotFound("branch", branchId));
        guard.requireWrite(branch.areaId());
        if (branch.closedOn() != null || on == null || on.isBefore(branch.since())) {
            throw new InvalidInput("association.branch.cannotClose");
        }
        records.closeBranch(branchId, on);
        events.publishEvent(new AssociationChanged("branch", branchId, "close", branch.areaId(),
                Map.of("closedOn", on.toString())));
    }

    @Transactional
    public long addBoard(long associationId, BoardForm form) {
        Unit association = requireCommuneAssociation(associationId);
        LocalDate since = form.since() == null ? LocalDate.now() : form.since();
        if ((form.clanId() == null) == (form.organisationId() == null)) {
            throw new InvalidInput("association.board.clanOrOrganisation");
        }
        long commune = requireCommuneOf(form.clanId() != null ? records.communeOfClan(form.clanId())
                : records.communeOfOrganisation(form.organisationId()), association);
        long id = records.insertBoard(associationId, form.clanId(), form.organisationId(), commune,
                requireName(form.name()), since);
        var after = new HashMap<String, Object>(Map.of("association", associationId, "since", since.toString()));
        after.put(form.clanId() != null ? "clan" : "organisation",
                form.clanId() != null ? form.clanId() : form.organisationId());
        events.publishEvent(new AssociationChanged("board", id, "open", commune, after));
        return id;
    }

    @Transactional
    public long appoint(OfficerForm form) {
        long area = holderArea(form.holder(), form.holderId());
        guard.requireWrite(area);
        if (!guard.allows("person", form.personId(), false).orElseThrow(() -> new NotFound("person", form.personId()))) {
            throw new AccessDenied();
        }
        if (form.termTo() != null && form.termTo().isBefore(form.termFrom())) {
            throw new InvalidInput("association.officer.termBackwards");
        }
        long id = records.insertOfficer(form.holder().name(), form.holderId(), form.personId(),
                form.position().name(), form.termFrom(), form.termTo());
        events.publishEvent(new AssociationChanged("officer", id, "appoint", area, Map.of("holder",
                form.holder().name() + "#" + form.holderId(), "person", form.personId(),
                "position", form.position().name(), "termFrom", form.termFrom().toString())));
        return id;
    }

    /** The unit an officer's holder lies in, for the guard. */
    long holderArea(HolderKind holder, long holderId) {
        return switch (holder) {
            case UNIT -> records.unit(holderId).orElseThrow(() -> new NotFound("association", holderId)).geoUnitId();
            case BRANCH -> records.branch(holderId).orElseThrow(() -> new NotFound("branch", holderId)).areaId();
            case BOARD -> records.boardCommune(holderId).orElseThrow(() -> new NotFound("board", holderId));
        };
    }

    private Unit requireCommuneAssociation(long associationId) {
        Unit association = records.unit(associationId).orElseThrow(() -> new NotFound("association", associationId));
        guard.requireWrite(association.geoUnitId());
        if (!association.level().equals(AssociationLevel.COMMUNE.name()) || association.validTo() != null) {
            throw new InvalidInput("association.unit.notOpenCommune");
        }
        return association;
    }

    /** The village must lie in the association's commune on the day the branch opens (the map changes). */
    private long requireVillageOf(long villageId, Unit association, LocalDate on) {
        return units.on(villageId, on)
                .filter(u -> u.kind() == UnitKind.VILLAGE && Long.valueOf(association.geoUnitId()).equals(u.parentId()))
                .orElseThrow(() -> new InvalidInput("association.branch.villageElsewhere")).unitId();
    }

    private static long requireCommuneOf(java.util.Optional<Long> commune, Unit association) {
        return commune.filter(id -> id == association.geoUnitId())
                .orElseThrow(() -> new InvalidInput("association.unit.recordElsewhere"));
    }

    private static Map<String, Object> ids(long associationId, Long villageId, Long organisationId, LocalDate since) {
        var map = new HashMap<String, Object>(Map.of("association", associationId, "since", since.toString()));
        map.put(villageId != null ? "village" : "organisation", villageId != null ? villageId : organisationId);
        return map;
    }

    static String requireName(String name) {
        String normalised = Text.normaliseOrNull(name);
        if (normalised == null) {
            throw new InvalidInput("association.nameMissing");
        }
        return normalised;
    }
}
