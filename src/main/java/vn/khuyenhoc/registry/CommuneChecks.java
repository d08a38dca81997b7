package vn.khuyenhoc.registry;

import java.time.LocalDate;
import java.time.Year;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.accounts.AccessDenied;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.geography.UnitKind;
import vn.khuyenhoc.geography.Units;
import vn.khuyenhoc.registry.common.CommuneCodes;
import vn.khuyenhoc.registry.common.PersonData;
import vn.khuyenhoc.registry.common.Phones;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.Text;

/** The checks that clans and organisations share: commune officers' writes, communes, codes, dates and phones. */
@Component
class CommuneChecks {

    private final AreaGuard guard;
    private final Units units;
    private final CommuneCodes codes;

    CommuneChecks(AreaGuard guard, Units units, CommuneCodes codes) {
        this.guard = guard;
        this.units = units;
        this.codes = codes;
    }

    /** The code given, or the next free one of the commune when none is. */
    String codeOrNext(CommuneCodes.Kind kind, long communeId, String code) {
        return code == null ? codes.next(kind, communeId) : code;
    }

    /** Refuses a code that another record of the kind in the commune has. */
    void requireFreeCode(CommuneCodes.Kind kind, long communeId, String code, Long exceptId, String messageKey) {
        if (codes.taken(kind, communeId, code, exceptId)) {
            throw new InvalidInput(messageKey, code);
        }
    }

    /**
     * A write of a commune's record by an officer of the area. Unit officers and citizens have an area too,
     * but reach only their own records, so a commune's lists are closed to them whatever their area.
     */
    void requireOfficerWrite(long communeId) {
        if (guard.requireUser().role().personalScope()) {
            throw new AccessDenied();
        }
        guard.requireWrite(communeId);
    }

    /** The unit must be a commune on today's map. */
    void requireCommune(long communeId) {
        units.on(communeId, LocalDate.now()).filter(unit -> unit.kind() == UnitKind.COMMUNE)
                .orElseThrow(() -> new InvalidInput("registry.commune.notACommune", communeId));
    }

    /** The village must be one of the commune's on today's map. */
    void requireVillageOf(long villageId, long communeId) {
        units.on(villageId, LocalDate.now())
                .filter(unit -> unit.kind() == UnitKind.VILLAGE && Long.valueOf(communeId).equals(unit.parentId()))
                .orElseThrow(() -> new InvalidInput("registry.commune.villageElsewhere", villageId));
    }

    static LocalDate sinceOrDefault(LocalDate since) {
        return since == null ? Year.now().atDay(1) : since;
    }

    static String requireName(String name, String messageKey) {
        String normalised = Text.normaliseOrNull(name);
        if (normalised == null) {
            throw new InvalidInput(messageKey);
        }
        return normalised;
    }

    static String phone(String phone) {
        String normalised = Phones.normalise(phone);
        if (normalised != null && !Phones.isValid(normalised)) {
            throw new InvalidInput("registry.phone.invalid", normalised);
        }
        return normalised;
    }

    /** The person's data, normalised; the first problem found is refused. */
    static PersonData requireValid(PersonData person) {
        var data = person.normalised();
        data.problems().stream().findFirst().ifPresent(problem -> {
            throw new InvalidInput(problem.messageKey(), problem.args());
        });
        return data;
    }

    static void requireClosable(LocalDate since, LocalDate closedOn, LocalDate on, String prefix) {
        if (closedOn != null) {
            throw new InvalidInput(prefix + ".alreadyClosed");
        }
        if (on == null || on.isBefore(since)) {
            throw new InvalidInput(prefix + ".closedBeforeSince");
        }
    }
}
