package vn.khuyenhoc.registry;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.registry.clan.ClanRecords;
import vn.khuyenhoc.registry.clan.ClanRecords.Clan;
import vn.khuyenhoc.registry.clan.ClanRecords.HouseholdLink;
import vn.khuyenhoc.registry.common.CommuneCodes;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.NotFound;
import vn.khuyenhoc.shared.Text;

/**
 * Clans (dòng họ) of a commune, kept by commune officers (and those above them): created, changed, closed, and
 * their member households linked. Each change is checked by the guard and audited in one transaction.
 */
@Service
public class Clans {

    private final ClanRecords records;
    private final CommuneChecks checks;
    private final AreaGuard guard;
    private final ApplicationEventPublisher events;

    Clans(ClanRecords records, CommuneChecks checks, AreaGuard guard, ApplicationEventPublisher events) {
        this.records = records;
        this.checks = checks;
        this.guard = guard;
        this.events = events;
    }

    @Transactional
    public long create(long communeId, ClanForm form) {
        checks.requireOfficerWrite(communeId);
        checks.requireCommune(communeId);
        String code = Text.normaliseOrNull(form.code());
        var values = values(communeId, checks.codeOrNext(CommuneCodes.Kind.CLAN, communeId, code), null, form);
        long id = records.insert(communeId, values);
        events.publishEvent(new ClanChanged(id, "create", communeId, null, audited(values, null)));
        return id;
    }

    @Transactional
    public void update(long id, ClanForm form) {
        Clan clan = require(id);
        checks.requireOfficerWrite(clan.communeId());
        String code = Text.normaliseOrNull(form.code());
        var values = values(clan.communeId(), code == null ? clan.code() : code, id, form);
        if (form.version() == null || !records.update(id, form.version(), values)) {
            throw new InvalidInput("registry.clan.changedMeanwhile");
        }
        events.publishEvent(new ClanChanged(id, "update", clan.communeId(), audited(clan), audited(values, null)));
    }

    @Transactional
    public void close(long id, LocalDate on) {
        Clan clan = require(id);
        checks.requireOfficerWrite(clan.communeId());
        CommuneChecks.requireClosable(clan.since(), clan.closedOn(), on, "registry.clan");
        records.close(id, on);
        events.publishEvent(new ClanChanged(id, "close", clan.communeId(), null, Map.of("closedOn", on.toString())));
    }

    /** The household joins the clan (leaving any other); it must live in the clan's commune. */
    @Transactional
    public void addHousehold(long clanId, long householdId) {
        Clan clan = require(clanId);
        HouseholdLink household = requireHousehold(clan, householdId);
        if (household.communeId() == null || household.communeId() != clan.communeId()) {
            throw new InvalidInput("registry.clan.householdElsewhere", household.code());
        }
        if (household.clanId() != null && household.clanId() == clanId) {
            throw new InvalidInput("registry.clan.alreadyMember", household.code());
        }
        records.setClan(householdId, clanId);
        events.publishEvent(new ClanChanged(clanId, "add-household", clan.communeId(),
                household.clanId() == null ? null : Map.of("householdId", householdId, "clanId", household.clanId()),
                Map.of("householdId", householdId, "clanId", clanId)));
    }

    /** The household leaves the clan, even if it has moved out of the commune since it joined. */
    @Transactional
    public void removeHousehold(long clanId, long householdId) {
        Clan clan = require(clanId);
        HouseholdLink household = requireHousehold(clan, householdId);
        if (household.clanId() == null || household.clanId() != clanId) {
            throw new InvalidInput("registry.clan.notMember", household.code());
        }
        records.setClan(householdId, null);
        events.publishEvent(new ClanChanged(clanId, "remove-household", clan.communeId(),
                Map.of("householdId", householdId, "clanId", clanId), Map.of("householdId", householdId)));
    }

    private Clan require(long id) {
        return records.find(id).orElseThrow(() -> new NotFound("clan", id));
    }

    private HouseholdLink requireHousehold(Clan clan, long householdId) {
        checks.requireOfficerWrite(clan.communeId());
        HouseholdLink household = records.household(householdId)
                .orElseThrow(() -> new NotFound("household", householdId));
        guard.requireWrite(household.villageId());
        return household;
    }

    private ClanRecords.Values values(long communeId, String code, Long exceptId, ClanForm form) {
        checks.requireFreeCode(CommuneCodes.Kind.CLAN, communeId, code, exceptId, "registry.clan.codeTaken");
        return new ClanRecords.Values(code, CommuneChecks.requireName(form.name(), "registry.clan.nameMissing"),
                Text.normaliseOrNull(form.representative()), CommuneChecks.phone(form.representativePhone()),
                form.hasBoard(), CommuneChecks.sinceOrDefault(form.since()));
    }

    private static Map<String, Object> audited(ClanRecords.Values values, LocalDate closedOn) {
        var map = new HashMap<String, Object>();
        map.put("code", values.code());
        map.put("hasBoard", values.hasBoard());
        map.put("since", values.since().toString());
        if (closedOn != null) {
            map.put("closedOn", closedOn.toString());
        }
        return map;
    }

    private static Map<String, Object> audited(Clan clan) {
        return audited(new ClanRecords.Values(clan.code(), clan.name(), null, null, clan.hasBoard(), clan.since()),
                clan.closedOn());
    }
}
