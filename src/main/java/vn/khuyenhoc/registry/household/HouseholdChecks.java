package vn.khuyenhoc.registry.household;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.registry.HouseholdForm;
import vn.khuyenhoc.registry.common.PersonData;
import vn.khuyenhoc.registry.common.Phones;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.Text;

/** The rules a household's fields keep, checked before anything is written; each refusal names the rule. */
@Component
public class HouseholdChecks {

    public static final int MAX_CODE_LENGTH = 40;
    private final HouseholdRecords records;

    HouseholdChecks(HouseholdRecords records) {
        this.records = records;
    }

    /** The household's fields, normalised, with today for an empty start day. */
    public record Fields(String code, String address, String phone, Long clanId, LocalDate since) {
    }

    public Fields check(long villageId, HouseholdForm form) {
        String code = code(form.code());
        String phone = Phones.normalise(form.phone());
        if (phone != null && !Phones.isValid(phone)) {
            throw new InvalidInput("registry.phone.invalid", phone);
        }
        checkClan(villageId, form.clanId());
        LocalDate since = form.since() == null ? LocalDate.now() : form.since();
        return new Fields(code, Text.normaliseOrNull(form.address()), phone, form.clanId(), since);
    }

    public String code(String raw) {
        String code = Text.normaliseOrNull(raw);
        if (code == null) {
            throw new InvalidInput("registry.household.codeMissing");
        }
        if (code.length() > MAX_CODE_LENGTH) {
            throw new InvalidInput("registry.household.codeTooLong", MAX_CODE_LENGTH);
        }
        return code;
    }

    /** The commune of the village; refused unless it is a live village (thôn, khu phố, ấp …). */
    public long commune(long villageId) {
        return records.communeOfVillage(villageId)
                .orElseThrow(() -> new InvalidInput("registry.household.notAVillage"));
    }

    public void checkCodeFree(long villageId, String code, Long except) {
        if (records.codeTaken(villageId, code, except)) {
            throw new InvalidInput("registry.household.codeTaken", code);
        }
    }

    /** A household may only belong to a clan of its own commune. */
    public void checkClan(long villageId, Long clanId) {
        if (clanId == null) {
            return;
        }
        long commune = commune(villageId);
        long clanCommune = records.communeOfClan(clanId)
                .orElseThrow(() -> new InvalidInput("registry.household.clanUnknown"));
        if (clanCommune != commune) {
            throw new InvalidInput("registry.household.clanOtherCommune");
        }
    }

    public PersonData person(PersonData raw) {
        if (raw == null) {
            throw new InvalidInput("registry.person.nameMissing");
        }
        PersonData person = raw.normalised();
        var problems = person.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems.get(0).messageKey(), problems.get(0).args());
        }
        return person;
    }
}
