package vn.khuyenhoc.registry.clan;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;

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
import vn.khuyenhoc.registry.ClanForm;
import vn.khuyenhoc.registry.Clans;
import vn.khuyenhoc.registry.common.CommuneArea;
import vn.khuyenhoc.registry.common.FormPosts;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.NotFound;

/** Commune officers (and those above them) create, change and close clans and keep their member households. */
@Controller
@RequestMapping("/registry/clans")
class ClanFormController {

    private static final String FORM = "registry/clan/form";
    private final Clans clans;
    private final ClanQueries queries;
    private final CommuneArea area;

    ClanFormController(Clans clans, ClanQueries queries, CommuneArea area) {
        this.clans = clans;
        this.queries = queries;
        this.area = area;
    }

    @GetMapping("/new")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "commune", write = true)
    String newClan(@RequestParam(required = false) Long commune, Model model) {
        model.addAttribute("form", ClanForm.empty());
        return form(model, commune, null);
    }

    @PostMapping
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "commune", write = true)
    String create(@RequestParam long commune, @Valid @ModelAttribute("form") ClanForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        return FormPosts.save(errors, redirect, "registry.clan.created",
                () -> "/registry/clans/" + clans.create(commune, form), () -> form(model, commune, null));
    }

    @GetMapping("/{id}/edit")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "clan", write = true)
    String edit(@PathVariable long id, Model model) {
        var clan = queries.find(id).orElseThrow(() -> new NotFound("clan", id));
        model.addAttribute("form", new ClanForm(clan.code(), clan.name(), clan.representative(),
                clan.representativePhone(), clan.hasBoard(), clan.since(), clan.version()));
        return form(model, clan.communeId(), id);
    }

    @PostMapping("/{id}")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "clan", write = true)
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ClanForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        var clan = queries.find(id).orElseThrow(() -> new NotFound("clan", id));
        return FormPosts.save(errors, redirect, "registry.clan.saved", () -> {
            clans.update(id, form);
            return "/registry/clans/" + id;
        }, () -> form(model, clan.communeId(), id));
    }

    @PostMapping("/{id}/close")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "clan", write = true)
    String close(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                 LocalDate on, RedirectAttributes redirect) {
        return FormPosts.attempt("/registry/clans/" + id, redirect, "registry.clan.closed", () -> clans.close(id, on));
    }

    @PostMapping("/{id}/households")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "clan", write = true)
    String addHousehold(@PathVariable long id, @RequestParam(required = false) Long village,
                        @RequestParam(defaultValue = "") String code, RedirectAttributes redirect) {
        return FormPosts.attempt("/registry/clans/" + id, redirect, "registry.clan.householdAdded", () -> {
            long household = (village == null ? java.util.Optional.<Long>empty() : queries.household(village, code))
                    .orElseThrow(() -> new InvalidInput("registry.clan.householdUnknown", code));
            clans.addHousehold(id, household);
        });
    }

    @PostMapping("/{id}/households/{household}/remove")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "clan", write = true)
    String removeHousehold(@PathVariable long id, @PathVariable long household, RedirectAttributes redirect) {
        return FormPosts.attempt("/registry/clans/" + id, redirect, "registry.clan.householdRemoved",
                () -> clans.removeHousehold(id, household));
    }

    private String form(Model model, Long commune, Long clanId) {
        model.addAttribute("commune", commune);
        model.addAttribute("clanId", clanId);
        model.addAttribute("communes", area.writableCommunes());
        return FORM;
    }
}
