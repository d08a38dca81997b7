package vn.khuyenhoc.registry.organisation;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;
import static vn.khuyenhoc.accounts.Role.UNIT_OFFICER;

import jakarta.validation.Valid;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.registry.Organisations;
import vn.khuyenhoc.registry.person.PersonSearch;
import vn.khuyenhoc.registry.Sex;
import vn.khuyenhoc.registry.TargetGroup;
import vn.khuyenhoc.registry.common.FormPosts;
import vn.khuyenhoc.shared.NotFound;

/**
 * The staff of an organisation, kept by the commune's officers and by the organisation's own unit officer:
 * a new person, or a person the commune's registry already holds (one person, one record), joins; a member of
 * staff is changed or leaves (the period of service is kept).
 */
@Controller
@RequestMapping("/registry/organisations/{id}/staff")
@Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, UNIT_OFFICER}, area = "id", kind = "organisation",
        write = true)
class StaffController {

    private static final String FORM = "registry/organisation/staff-form";
    private final Organisations organisations;
    private final OrganisationQueries queries;
    private final StaffQueries staff;
    private final PersonSearch persons;

    StaffController(Organisations organisations, OrganisationQueries queries, StaffQueries staff,
                    PersonSearch persons) {
        this.persons = persons;
        this.organisations = organisations;
        this.queries = queries;
        this.staff = staff;
    }

    @GetMapping("/new")
    String newStaff(@PathVariable long id, Model model) {
        model.addAttribute("form", StaffForm.empty());
        return form(model, id, null);
    }

    /** Persons of the organisation's commune whose name matches, for the "already in the registry" choice. */
    @GetMapping("/persons")
    String persons(@PathVariable long id, @RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("organisationId", id);
        model.addAttribute("persons", persons.inCommune(require(id).communeId(), q));
        model.addAttribute("q", q);
        return FORM + " :: persons";
    }

    @PostMapping
    String add(@PathVariable long id, @Valid @ModelAttribute("form") StaffForm form, BindingResult errors,
               Model model, RedirectAttributes redirect) {
        return FormPosts.save(errors, redirect, "registry.staff.added", () -> {
            organisations.addStaff(id, form.person(), form.position(), form.joinedOn());
            return "/registry/organisations/" + id;
        }, () -> form(model, id, null));
    }

    @PostMapping("/existing")
    String addExisting(@PathVariable long id, @RequestParam long person, @RequestParam(defaultValue = "") String position,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate joinedOn,
                       RedirectAttributes redirect) {
        return FormPosts.attempt("/registry/organisations/" + id, redirect, "registry.staff.added",
                () -> organisations.addExistingPerson(id, person, position, joinedOn));
    }

    @GetMapping("/{staffId}/edit")
    String edit(@PathVariable long id, @PathVariable long staffId, Model model) {
        model.addAttribute("form", StaffForm.of(requireStaff(id, staffId)));
        return form(model, id, staffId);
    }

    @PostMapping("/{staffId}")
    String update(@PathVariable long id, @PathVariable long staffId, @Valid @ModelAttribute("form") StaffForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        requireStaff(id, staffId);
        return FormPosts.save(errors, redirect, "registry.staff.saved", () -> {
            organisations.updateStaff(staffId, form.person(), form.position(), form.joinedOn(),
                    form.personVersion() == null ? -1 : form.personVersion());
            return "/registry/organisations/" + id;
        }, () -> form(model, id, staffId));
    }

    @PostMapping("/{staffId}/remove")
    String remove(@PathVariable long id, @PathVariable long staffId,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate leftOn,
                  RedirectAttributes redirect) {
        requireStaff(id, staffId);
        return FormPosts.attempt("/registry/organisations/" + id, redirect, "registry.staff.removed",
                () -> organisations.removeStaff(staffId, leftOn == null ? LocalDate.now() : leftOn));
    }

    private OrganisationQueries.OrganisationRow require(long id) {
        return queries.find(id).orElseThrow(() -> new NotFound("organisation", id));
    }

    /** The period of service, if it belongs to this organisation (the guard checked the organisation). */
    private StaffQueries.StaffRow requireStaff(long organisationId, long staffId) {
        return staff.of(organisationId).stream().filter(row -> row.id() == staffId).findFirst()
                .orElseThrow(() -> new NotFound("staff", staffId));
    }

    private String form(Model model, long organisationId, Long staffId) {
        model.addAttribute("organisation", require(organisationId));
        model.addAttribute("staffId", staffId);
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("targetGroups", TargetGroup.values());
        return FORM;
    }
}
