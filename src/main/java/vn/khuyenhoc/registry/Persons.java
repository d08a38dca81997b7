package vn.khuyenhoc.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.AccessDenied;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.Accounts.NewUser;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.accounts.CurrentUser;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.registry.common.PersonData;
import vn.khuyenhoc.registry.common.PersonRecords;
import vn.khuyenhoc.registry.person.PersonErasure;
import vn.khuyenhoc.registry.person.PersonReads;
import vn.khuyenhoc.registry.person.PersonSearch;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.NotFound;

/**
 * Persons and their personal data: reading a record (every read is audited), correcting it, exporting
 * everything held about a person, erasing a person on request and opening a citizen's own account. Officers
 * reach the persons of their area, a unit officer their organisation's staff, a citizen only themselves.
 */
@Service
public class Persons {

    private final PersonReads reads;
    private final PersonRecords records;
    private final PersonErasure erasure;
    private final PersonSearch search;
    private final AreaGuard guard;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;

    Persons(PersonReads reads, PersonRecords records, PersonErasure erasure, PersonSearch search, AreaGuard guard,
            Accounts accounts, ApplicationEventPublisher events) {
        this.reads = reads;
        this.search = search;
        this.records = records;
        this.erasure = erasure;
        this.guard = guard;
        this.accounts = accounts;
        this.events = events;
    }

    /** A person's detail; the read is written to the audit log in the same transaction. */
    @Transactional
    public PersonDetail view(long id) {
        var person = reachable(id, false);
        events.publishEvent(new PersonViewed(id, auditUnit(id)));
        return person;
    }

    /**
     * Living persons of a commune whose name matches (at least two letters), for other modules' pickers; the
     * caller must read the commune (a branch officer reads their village's commune). No personal data beyond the
     * name, birth year and household is returned, so the search is not audited as a read of a record.
     */
    public List<PersonMatch> searchInCommune(long communeId, String query) {
        if (guard.requireUser().role().personalScope() || !guard.allows("commune", communeId, false).orElse(false)) {
            throw new AccessDenied();
        }
        return search.inCommune(communeId, query);
    }

    /** The signed-in citizen's own record, audited like any other read. */
    @Transactional
    public PersonDetail viewOwn() {
        return view(ownId());
    }

    /** Everything held about a person, for a download in {@code format} ("json" or "xlsx"); audited. */
    @Transactional
    public PersonDetail exportData(long id, String format) {
        var person = reachable(id, false);
        events.publishEvent(new PersonExported(id, auditUnit(id), format));
        return person;
    }

    /** A citizen downloads everything held about themselves; audited as an export. */
    @Transactional
    public PersonDetail exportOwn(String format) {
        return exportData(ownId(), format);
    }

    @Transactional
    public void update(long id, PersonData data, int version) {
        var person = reachable(id, true);
        save(person, data, version, "update");
    }

    /** A citizen corrects what they may about themselves: phone, occupation and target group. */
    @Transactional
    public void updateOwn(String phone, String occupation, TargetGroup targetGroup, int version) {
        var person = reachable(ownId(), true);
        var data = person.data();
        save(person, new PersonData(data.fullName(), data.birthYear(), data.sex(), phone, occupation, targetGroup,
                data.schoolLevel()), version, "update-own");
    }

    /** Sets the target group alone, as a list does inline: one field, so no stale-form check. */
    @Transactional
    public void setTargetGroup(long id, TargetGroup group) {
        var person = reachable(id, true);
        var data = person.data();
        save(person, new PersonData(data.fullName(), data.birthYear(), data.sex(), data.phone(), data.occupation(),
                group, data.schoolLevel()), person.version(), "target-group");
    }

    /** Deletes a person on request (see {@link PersonErased}); an erased person cannot be erased again. */
    @Transactional
    public void erase(long id, ErasureReason reason) {
        reachable(id, true);
        if (reason == null) {
            throw new InvalidInput("registry.person.reasonMissing");
        }
        List<Long> headOf = erasure.erase(id).orElseThrow(() -> new InvalidInput("registry.person.erased"));
        accounts.forgetPerson(id);
        events.publishEvent(new PersonErased(id, auditUnit(id), reason, headOf));
    }

    /**
     * Opens a citizen account for the person, in the village of their household (or the commune of their
     * organisation); the citizen chooses their own password at first sign-in. Returns the account id.
     */
    @Transactional
    public long createCitizenAccount(long id, String username, String temporaryPassword) {
        var person = reachable(id, true);
        CurrentUser officer = guard.requireUser();
        if (!officer.role().manageable().contains(Role.CITIZEN)) {
            throw new AccessDenied();
        }
        requireLiving(person);
        long unit = accountUnit(person);
        guard.requireWrite(unit);
        return accounts.createUser(new NewUser(username, person.fullName(), temporaryPassword, Role.CITIZEN, unit,
                null, id), officer.id(), true);
    }

    private void save(PersonDetail person, PersonData data, int version, String action) {
        requireLiving(person);
        if (reads.lockVersion(person.id()).filter(current -> current == version).isEmpty()) {
            throw new InvalidInput("registry.person.changedMeanwhile");
        }
        var clean = data.normalised();
        var problems = clean.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems.get(0).messageKey(), problems.get(0).args());
        }
        records.update(person.id(), clean);
        events.publishEvent(new PersonChanged(person.id(), action, auditUnit(person.id()),
                changedFields(person.data().normalised(), clean)));
    }

    private PersonDetail reachable(long id, boolean write) {
        if (!guard.allows("person", id, write).orElseThrow(() -> new NotFound("person", id))) {
            throw new AccessDenied();
        }
        return reads.detail(id).orElseThrow(() -> new NotFound("person", id));
    }

    private long ownId() {
        Long id = guard.requireUser().personId();
        if (id == null) {
            throw new AccessDenied();
        }
        return id;
    }

    private static void requireLiving(PersonDetail person) {
        if (person.erased()) {
            throw new InvalidInput("registry.person.erased");
        }
    }

    /** The unit an audit entry is filed under: the first of the person's units the actor reaches. */
    private Long auditUnit(long id) {
        var units = reads.unitsOf(id);
        return units.stream().filter(guard::canRead).findFirst().orElse(units.isEmpty() ? null : units.get(0));
    }

    private static long accountUnit(PersonDetail person) {
        return person.memberships().stream().filter(PersonDetail.Membership::current)
                .map(PersonDetail.Membership::villageId).findFirst()
                .or(() -> person.positions().stream().filter(PersonDetail.Position::current)
                        .map(PersonDetail.Position::communeId).findFirst())
                .orElseThrow(() -> new InvalidInput("registry.person.noPlace"));
    }

    private static List<String> changedFields(PersonData before, PersonData after) {
        var fields = new ArrayList<String>();
        for (var component : PersonData.class.getRecordComponents()) {
            try {
                if (!Objects.equals(component.getAccessor().invoke(before), component.getAccessor().invoke(after))) {
                    fields.add(component.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return fields;
    }
}
