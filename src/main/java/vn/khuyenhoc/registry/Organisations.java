package vn.khuyenhoc.registry;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.AccessDenied;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.Accounts.NewUser;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.accounts.CurrentUser;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.registry.common.CommuneCodes;
import vn.khuyenhoc.registry.common.PersonData;
import vn.khuyenhoc.registry.common.PersonRecords;
import vn.khuyenhoc.registry.organisation.OrganisationRecords;
import vn.khuyenhoc.registry.organisation.OrganisationRecords.Organisation;
import vn.khuyenhoc.registry.organisation.StaffRecords;
import vn.khuyenhoc.registry.organisation.StaffRecords.Staff;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.NotFound;
import vn.khuyenhoc.shared.Text;

/**
 * Organisations (đơn vị) of a commune and their staff. Commune officers (and those above them) keep them; a
 * unit officer keeps the details and the staff of their own organisation only. Staff are persons of the
 * registry, one record each: a household member who works at a school is the same person in both lists.
 */
@Service
public class Organisations {

    private final OrganisationRecords records;
    private final StaffRecords staff;
    private final PersonRecords persons;
    private final CommuneChecks checks;
    private final AreaGuard guard;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;

    Organisations(OrganisationRecords records, StaffRecords staff, PersonRecords persons, CommuneChecks checks,
                  AreaGuard guard, Accounts accounts, ApplicationEventPublisher events) {
        this.records = records;
        this.staff = staff;
        this.persons = persons;
        this.checks = checks;
        this.guard = guard;
        this.accounts = accounts;
        this.events = events;
    }

    @Transactional
    public long create(long communeId, OrganisationForm form) {
        checks.requireOfficerWrite(communeId);
        checks.requireCommune(communeId);
        String code = Text.normaliseOrNull(form.code());
        var values = values(communeId, checks.codeOrNext(CommuneCodes.Kind.ORGANISATION, communeId, code), null, form);
        long id = records.insert(communeId, values);
        publish(id, "create", communeId, null, OrganisationAudit.of(values));
        return id;
    }

    /** A unit officer changes the details of their own organisation, but not its code. */
    @Transactional
    public void update(long id, OrganisationForm form) {
        Organisation organisation = requireWritable(id);
        String code = Text.normaliseOrNull(form.code());
        if (code == null || guard.requireUser().role() == Role.UNIT_OFFICER) {
            code = organisation.code();
        }
        var values = values(organisation.communeId(), code, id, form);
        if (form.version() == null || !records.update(id, form.version(), values)) {
            throw new InvalidInput("registry.organisation.changedMeanwhile");
        }
        publish(id, "update", organisation.communeId(), OrganisationAudit.of(organisation), OrganisationAudit.of(values));
    }

    @Transactional
    public void close(long id, LocalDate on) {
        Organisation organisation = require(id);
        checks.requireOfficerWrite(organisation.communeId());
        CommuneChecks.requireClosable(organisation.since(), organisation.closedOn(), on, "registry.organisation");
        records.close(id, on);
        publish(id, "close", organisation.communeId(), null, Map.of("closedOn", on.toString()));
    }

    /** A new person joins the staff; returns the id of their period of service. */
    @Transactional
    public long addStaff(long organisationId, PersonData person, String position, LocalDate joinedOn) {
        Organisation organisation = requireWritable(organisationId);
        var data = CommuneChecks.requireValid(person);
        long personId = persons.insert(data);
        return join(organisation, personId, position, joinedOn);
    }

    /** A person already in the registry of the commune (a household member, say) joins the staff; from today. */
    @Transactional
    public long addExistingPerson(long organisationId, long personId, String position) {
        return addExistingPerson(organisationId, personId, position, LocalDate.now());
    }

    @Transactional
    public long addExistingPerson(long organisationId, long personId, String position, LocalDate joinedOn) {
        Organisation organisation = requireWritable(organisationId);
        if (!staff.personInCommune(personId, organisation.communeId())) {
            throw new InvalidInput("registry.staff.personElsewhere", personId);
        }
        if (staff.servingSince(organisationId, personId, joinedOn == null ? LocalDate.now() : joinedOn)) {
            throw new InvalidInput("registry.staff.alreadyStaff");
        }
        return join(organisation, personId, position, joinedOn);
    }

    /** Changes a member of staff: their person record (one for every list they are in) and their position. */
    @Transactional
    public void updateStaff(long staffId, PersonData person, String position, LocalDate joinedOn, int personVersion) {
        Staff member = staff.find(staffId).orElseThrow(() -> new NotFound("staff", staffId));
        Organisation organisation = requireWritable(member.organisationId());
        if (member.personVersion() != personVersion) {
            throw new InvalidInput("registry.staff.changedMeanwhile");
        }
        var data = CommuneChecks.requireValid(keepSchoolLevel(member.personId(), person));
        LocalDate joined = joinedOn == null ? member.joinedOn() : joinedOn;
        if (member.leftOn() != null && member.leftOn().isBefore(joined)) {
            throw new InvalidInput("registry.staff.leftBeforeJoined");
        }
        persons.update(member.personId(), data);
        staff.update(staffId, position(position), joined);
        publish(organisation.id(), "staff-update", organisation.communeId(), null,
                Map.of("staffId", staffId, "personId", member.personId()));
    }

    /** The member of staff leaves on the date; the period of service is kept, never deleted. */
    @Transactional
    public void removeStaff(long staffId, LocalDate leftOn) {
        Staff member = staff.find(staffId).orElseThrow(() -> new NotFound("staff", staffId));
        Organisation organisation = requireWritable(member.organisationId());
        if (member.leftOn() != null) {
            throw new InvalidInput("registry.staff.alreadyLeft");
        }
        if (leftOn == null || leftOn.isBefore(member.joinedOn())) {
            throw new InvalidInput("registry.staff.leftBeforeJoined");
        }
        staff.leave(staffId, leftOn);
        publish(organisation.id(), "staff-remove", organisation.communeId(), null,
                Map.of("staffId", staffId, "personId", member.personId(), "leftOn", leftOn.toString()));
    }

    /** A commune officer (or above) opens the account of the organisation's unit officer; returns its id. */
    @Transactional
    public long createUnitOfficerAccount(long organisationId, String username, String displayName, String password) {
        Organisation organisation = require(organisationId);
        CurrentUser manager = guard.requireUser();
        if (!manager.role().manageable().contains(Role.UNIT_OFFICER)) {
            throw new AccessDenied();
        }
        guard.requireWrite(organisation.communeId());
        return accounts.createUser(new NewUser(username, displayName, password, Role.UNIT_OFFICER,
                organisation.communeId(), organisationId, null), manager.id(), true);
    }

    private long join(Organisation organisation, long personId, String position, LocalDate joinedOn) {
        long staffId = staff.insert(organisation.id(), personId, position(position),
                joinedOn == null ? LocalDate.now() : joinedOn);
        publish(organisation.id(), "staff-add", organisation.communeId(), null,
                Map.of("staffId", staffId, "personId", personId));
        return staffId;
    }

    private Organisation require(long id) {
        return records.find(id).orElseThrow(() -> new NotFound("organisation", id));
    }

    /** The organisation, if the signed-in user may change it: by area, and a unit officer only their own. */
    private Organisation requireWritable(long id) {
        Organisation organisation = require(id);
        if (!guard.allows("organisation", id, true).orElse(false)) {
            throw new AccessDenied();
        }
        return organisation;
    }

    private OrganisationRecords.Values values(long communeId, String code, Long exceptId, OrganisationForm form) {
        checks.requireFreeCode(CommuneCodes.Kind.ORGANISATION, communeId, code, exceptId, "registry.organisation.codeTaken");
        if (form.villageId() != null) {
            checks.requireVillageOf(form.villageId(), communeId);
        }
        return new OrganisationRecords.Values(code,
                CommuneChecks.requireName(form.name(), "registry.organisation.nameMissing"), form.kind(),
                form.managingLevel(), form.staffCount(), form.villageId(), Text.normaliseOrNull(form.address()),
                CommuneChecks.phone(form.phone()), CommuneChecks.sinceOrDefault(form.since()));
    }

    /** Staff forms do not show the school level, so a change of staff leaves the one a household gave. */
    private PersonData keepSchoolLevel(long personId, PersonData person) {
        if (person.schoolLevel() != null) {
            return person;
        }
        var level = persons.find(personId).map(PersonData::schoolLevel).orElse(null);
        return new PersonData(person.fullName(), person.birthYear(), person.sex(), person.phone(), person.occupation(),
                person.targetGroup(), level);
    }

    private static String position(String position) {
        String normalised = Text.normaliseOrNull(position);
        if (normalised != null && normalised.length() > 120) {
            throw new InvalidInput("registry.staff.positionTooLong", 120);
        }
        return normalised;
    }

    private void publish(long id, String action, long communeId, Map<String, ?> before, Map<String, ?> after) {
        events.publishEvent(new OrganisationChanged(id, action, communeId, before, after));
    }
}
