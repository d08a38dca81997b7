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
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.NotFound;

/**
 * Households (hộ gia đình) of a village: created with their head, corrected, moved to another village (the
 * residence history is kept) and closed (kept for the years they existed), with the household's consent to keep
 * its data. Members are kept by {@link HouseholdMembers}. Every change is checked by the guard and audited.
 */
@Service
public class Households {

    /** The version of the consent text ({@code registry.consent.text.v1}) a household agrees to today. */
    public static final String CONSENT_TEXT_VERSION = "v1";
    private final HouseholdRecords records;
    private final HouseholdChecks checks;
    private final MemberRecords members;
    private final PersonRecords persons;
    private final AreaGuard guard;
    private final ApplicationEventPublisher events;

    Households(HouseholdRecords records, HouseholdChecks checks, MemberRecords members, PersonRecords persons,
               AreaGuard guard, ApplicationEventPublisher events) {
        this.records = records;
        this.checks = checks;
        this.members = members;
        this.persons = persons;
        this.guard = guard;
        this.events = events;
    }

    /** A new household with its head (the member whose relation is HEAD), living in the village from {@code since}. */
    @Transactional
    public long create(long villageId, HouseholdForm form, PersonData head) {
        guard.requireWrite(villageId);
        checks.commune(villageId);
        var fields = checks.check(villageId, form);
        PersonData person = checks.person(head);
        checks.checkCodeFree(villageId, fields.code(), null);
        long id = records.insert(villageId, fields.code(), fields.address(), fields.phone(), fields.clanId(),
                fields.since());
        long personId = persons.insert(person);
        members.insert(id, personId, Relation.HEAD, fields.since());
        records.refreshSearch(id);
        events.publishEvent(new HouseholdChanged(id, "create", villageId, null, state(records.find(id).orElseThrow())));
        return id;
    }

    @Transactional
    public void update(long id, HouseholdForm form) {
        Household before = writable(id);
        if (form.version() == null || form.version() != before.version()) {
            throw new InvalidInput("registry.household.changedMeanwhile");
        }
        var fields = checks.check(before.villageId(), form);
        checks.checkCodeFree(before.villageId(), fields.code(), id);
        var first = records.firstResidence(id);
        if ((first.validTo() != null && fields.since().isAfter(first.validTo()))
                || (before.closedOn() != null && fields.since().isAfter(before.closedOn()))) {
            throw new InvalidInput("registry.household.sinceAfterHistory");
        }
        if (!records.update(id, before.version(), fields.code(), fields.address(), fields.phone(), fields.clanId(),
                fields.since())) {
            throw new InvalidInput("registry.household.changedMeanwhile");
        }
        records.startFirstResidence(id, fields.since());
        records.refreshSearch(id);
        events.publishEvent(new HouseholdChanged(id, "update", before.villageId(), state(before),
                state(records.find(id).orElseThrow())));
    }

    /**
     * Moves the household to another village from {@code on}: its residence there ends the day before. The code
     * stays unless {@code newCode} is given; a code taken in the target village is refused and a new one asked
     * for. A clan of the old commune is left when the new village lies in another commune.
     */
    @Transactional
    public void move(long id, long toVillageId, LocalDate on, String newCode) {
        Household before = open(writable(id));
        guard.requireWrite(toVillageId);
        long toCommune = checks.commune(toVillageId);
        if (on == null) {
            throw new InvalidInput("registry.household.dateMissing");
        }
        if (toVillageId == before.villageId()) {
            throw new InvalidInput("registry.household.moveSameVillage");
        }
        if (!on.isAfter(records.lastResidence(id).validFrom())) {
            throw new InvalidInput("registry.household.moveBeforeResidence");
        }
        String code = newCode == null || newCode.isBlank() ? before.code() : checks.code(newCode);
        if (records.codeTaken(toVillageId, code, id)) {
            throw new InvalidInput("registry.household.codeTakenInTarget", code);
        }
        Long clan = before.clanId() != null && records.communeOfClan(before.clanId()).orElse(-1L) == toCommune
                ? before.clanId() : null;
        records.endResidence(id, on.minusDays(1));
        records.openResidence(id, toVillageId, on);
        records.moveTo(id, toVillageId, code, clan);
        records.refreshSearch(id);
        events.publishEvent(new HouseholdChanged(id, "move", toVillageId, state(before),
                with(state(records.find(id).orElseThrow()), "movedOn", on)));
    }

    /** Closes the household on {@code on}: it counts in every year it existed, and in none after. */
    @Transactional
    public void close(long id, LocalDate on) {
        Household before = open(writable(id));
        if (on == null) {
            throw new InvalidInput("registry.household.dateMissing");
        }
        if (on.isBefore(records.lastResidence(id).validFrom())) {
            throw new InvalidInput("registry.household.closeBeforeResidence");
        }
        records.close(id, on);
        events.publishEvent(new HouseholdChanged(id, "close", before.villageId(), state(before),
                state(records.find(id).orElseThrow())));
    }

    /** Records the household's consent to keep its data, as agreed on {@code givenOn} to the text of that version. */
    @Transactional
    public long recordConsent(long householdId, LocalDate givenOn, String textVersion) {
        Household household = writable(householdId);
        if (givenOn == null) {
            throw new InvalidInput("registry.household.dateMissing");
        }
        String text = textVersion == null || textVersion.isBlank() ? CONSENT_TEXT_VERSION : textVersion.trim();
        long consent = members.recordConsent(householdId, givenOn, text, guard.requireUser().id());
        events.publishEvent(new HouseholdChanged(householdId, "consent", household.villageId(), null,
                Map.of("consentId", consent, "givenOn", givenOn.toString(), "textVersion", text)));
        return consent;
    }

    @Transactional
    public void withdrawConsent(long householdId, LocalDate on) {
        Household household = writable(householdId);
        LocalDate day = on == null ? LocalDate.now() : on;
        long consent = members.withdrawConsent(householdId, day)
                .orElseThrow(() -> new InvalidInput("registry.household.noConsent"));
        events.publishEvent(new HouseholdChanged(householdId, "consent-withdraw", household.villageId(), null,
                Map.of("consentId", consent, "withdrawnOn", day.toString())));
    }

    private Household writable(long id) {
        Household household = records.find(id).orElseThrow(() -> new NotFound("household", id));
        guard.requireWrite(household.villageId());
        return household;
    }

    private static Household open(Household household) {
        if (household.closedOn() != null) {
            throw new InvalidInput("registry.household.closed");
        }
        return household;
    }

    /** What the audit log keeps of a household: no name, address or phone. */
    static Map<String, Object> state(Household household) {
        var state = new HashMap<String, Object>();
        state.put("code", household.code());
        state.put("villageId", household.villageId());
        state.put("clanId", household.clanId());
        state.put("since", household.since().toString());
        state.put("closedOn", household.closedOn() == null ? null : household.closedOn().toString());
        return state;
    }

    private static Map<String, Object> with(Map<String, Object> state, String key, LocalDate value) {
        state.put(key, value.toString());
        return state;
    }
}
