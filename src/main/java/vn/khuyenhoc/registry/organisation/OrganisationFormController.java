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
import vn.khuyenhoc.registry.ManagingLevel;
import vn.khuyenhoc.registry.OrganisationForm;
import vn.khuyenhoc.registry.OrganisationKind;
import vn.khuyenhoc.registry.Organisations;
import vn.khuyenhoc.registry.common.CommuneArea;
import vn.khuyenhoc.registry.common.FormPosts;
import vn.khuyenhoc.shared.NotFound;

/**
 * Commune officers (and those above them) create, change and close organisations and open the account of an
 * organisation's unit officer; a unit officer changes their own organisation's details.
 */
@Controller
@RequestMapping("/registry/organisations")
class OrganisationFormController {

    private static final String FORM = "registry/organisation/form";
    private final Organisations organisations;
    private final OrganisationQueries queries;
    private final OrganisationAccess access;
    private final CommuneArea area;

    OrganisationFormController(Organisations organisations, OrganisationQueries queries, OrganisationAccess access,
                               CommuneArea area) {
        this.organisations = organisations;
        this.queries = queries;
        this.access = access;
        this.area = area;
    }

    @GetMapping("/new")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "commune", write = true)
    String newOrganisation(@RequestParam(required = false) Long commune, Model model) {
        var communes = area.writableCommunes();
        Long chosen = commune != null ? commune : communes.size() == 1 ? communes.get(0).id() : null;
        model.addAttribute("form", OrganisationForm.empty());
        return form(model, chosen, null);
    }

    @PostMapping
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "commune", write = true)
    String create(@RequestParam long commune, @Valid @ModelAttribute("form") OrganisationForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        return FormPosts.save(errors, redirect, "registry.organisation.created",
                () -> "/registry/organisations/" + organisations.create(commune, form),
                () -> form(model, commune, null));
    }

    @GetMapping("/{id}/edit")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, UNIT_OFFICER}, area = "id", kind = "organisation",
            write = true)
    String edit(@PathVariable long id, Model model) {
        var o = require(id);
        model.addAttribute("form", new OrganisationForm(o.code(), o.name(), o.kind(), o.managingLevel(),
                o.staffCount(), o.villageId(), o.address(), o.phone(), o.since(), o.version()));
        return form(model, o.communeId(), id);
    }

    @PostMapping("/{id}")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, UNIT_OFFICER}, area = "id", kind = "organisation",
            write = true)
    String update(@PathVariable long id, @Valid @ModelAttribute("form") OrganisationForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        long commune = require(id).communeId();
        return FormPosts.save(errors, redirect, "registry.organisation.saved", () -> {
            organisations.update(id, form);
            return "/registry/organisations/" + id;
        }, () -> form(model, commune, id));
    }

    @PostMapping("/{id}/close")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "organisation", write = true)
    String close(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                 LocalDate on, RedirectAttributes redirect) {
        return FormPosts.attempt("/registry/organisations/" + id, redirect, "registry.organisation.closed",
                () -> organisations.close(id, on));
    }

    /** Opens the unit officer's account; they choose their own password at first sign-in. */
    @PostMapping("/{id}/account")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "organisation", write = true)
    String createAccount(@PathVariable long id, @RequestParam(defaultValue = "") String username,
                         @RequestParam(defaultValue = "") String displayName,
                         @RequestParam(defaultValue = "") String password, RedirectAttributes redirect) {
        String outcome = FormPosts.attempt("/registry/organisations/" + id, redirect,
                "registry.organisation.accountCreated",
                () -> organisations.createUnitOfficerAccount(id, username, displayName, password));
        redirect.addFlashAttribute("accountUsername", username);
        return outcome;
    }

    private OrganisationQueries.OrganisationRow require(long id) {
        return queries.find(id).orElseThrow(() -> new NotFound("organisation", id));
    }

    private String form(Model model, Long commune, Long organisationId) {
        model.addAttribute("commune", commune);
        model.addAttribute("organisationId", organisationId);
        model.addAttribute("communes", area.writableCommunes());
        model.addAttribute("villages", commune == null ? java.util.List.of() : area.villages(commune));
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("levels", ManagingLevel.values());
        model.addAttribute("canManage", commune != null && access.canManage(commune));
        return FORM;
    }
}
