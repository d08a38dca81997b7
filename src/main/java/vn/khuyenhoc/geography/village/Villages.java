package vn.khuyenhoc.geography.village;

import vn.khuyenhoc.geography.UnitKind;
import vn.khuyenhoc.geography.UnitTypes;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.geography.MapChanged;
import vn.khuyenhoc.geography.unit.UnitScopes;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.NotFound;
import vn.khuyenhoc.shared.Text;

/**
 * Villages (thôn, khu phố, ấp, bản, tổ dân phố) kept by commune officers: created, renamed or corrected, and
 * placed into a new commune after their old commune was split. Every change is checked by the guard, audited
 * and the village's scope paths follow, in one transaction.
 */
@Service
class Villages {

    private final VillageRecords records;
    private final AreaGuard guard;
    private final UnitScopes scopes;
    private final ApplicationEventPublisher events;

    Villages(VillageRecords records, AreaGuard guard, UnitScopes scopes, ApplicationEventPublisher events) {
        this.records = records;
        this.guard = guard;
        this.scopes = scopes;
        this.events = events;
    }

    @Transactional
    long create(long communeId, VillageForm form) {
        guard.requireWrite(communeId);
        LocalDate from = form.effectiveFrom();
        var commune = records.versionOn(communeId, from == null ? LocalDate.now() : from)
                .filter(v -> v.kind().equals("COMMUNE"))
                .orElseThrow(() -> new InvalidInput("geography.village.noCommune"));
        String name = requireName(form.name());
        String type = requireType(form.typeName());
        String code = Text.normaliseOrNull(form.code());
        code = code == null ? records.nextCode(commune.code()) : code;
        if (records.codeTakenInCommune(code, communeId, null)) {
            throw new InvalidInput("geography.village.codeTaken", code);
        }
        long id = records.insertUnit();
        records.insertVersion(id, code, name, type, communeId, from, null);
        scopes.placeLeaf(id, communeId);
        events.publishEvent(MapChanged.single("unit", id, "create", communeId, null,
                Map.of("code", code, "name", name, "type", type, "parent", communeId)));
        return id;
    }

    /** Without a date the current version is corrected; with one, the village is renamed from that date. */
    @Transactional
    void update(long villageId, VillageForm form) {
        guard.requireWrite(villageId);
        var current = records.versionOn(villageId, LocalDate.now())
                .filter(v -> v.kind().equals("VILLAGE")).orElseThrow(() -> new NotFound("unit", villageId));
        if (form.version() != null && form.version() != current.token()) {
            throw new InvalidInput("geography.village.changedMeanwhile");
        }
        String name = requireName(form.name());
        String type = requireType(form.typeName());
        LocalDate from = form.effectiveFrom();
        if (from == null) {
            records.correct(current.id(), name, type);
        } else {
            if (current.validFrom() != null && !from.isAfter(current.validFrom())) {
                throw new InvalidInput("geography.village.renameBeforeVersion");
            }
            records.close(current.id(), from.minusDays(1));
            records.insertVersion(villageId, current.code(), name, type, current.parentId(), from, current.validTo());
        }
        events.publishEvent(MapChanged.single("unit", villageId, from == null ? "correct" : "rename",
                current.parentId(), Map.of("name", current.name(), "type", current.typeName()),
                Map.of("name", name, "type", type, "from", String.valueOf(from))));
    }

    private static String requireName(String name) {
        String normalised = Text.normaliseOrNull(name);
        if (normalised == null) {
            throw new InvalidInput("geography.village.nameRequired");
        }
        return normalised;
    }

    private static String requireType(String type) {
        String normalised = Text.normalise(type);
        if (!UnitTypes.namesOf(UnitKind.VILLAGE).contains(normalised)) {
            throw new InvalidInput("geography.village.unknownType", normalised);
        }
        return normalised;
    }
}
