package vn.khuyenhoc.registry.organisation;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.BRANCH_OFFICER;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;
import static vn.khuyenhoc.accounts.Role.UNIT_OFFICER;
import static vn.khuyenhoc.accounts.Role.VIEWER;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.registry.ManagingLevel;
import vn.khuyenhoc.registry.OrganisationKind;
import vn.khuyenhoc.registry.common.CommuneArea;
import vn.khuyenhoc.shared.NotFound;
import vn.khuyenhoc.web.Htmx;
import vn.khuyenhoc.web.SpreadsheetDownload;

/**
 * The organisations of the communes in the user's area (list, export as filtered) and an organisation's page
 * with its staff. A unit officer sees only their own organisation's page; "mine" takes them there.
 */
@Controller
@RequestMapping("/registry/organisations")
class OrganisationController {

    static final List<String> EXPORT_HEADERS = List.of("registry.organisation.commune", "registry.organisation.code",
            "registry.organisation.name", "registry.organisation.kind", "registry.organisation.managingLevel",
            "registry.organisation.staffCount", "registry.organisation.staffRecorded", "registry.organisation.village",
            "registry.organisation.address", "registry.organisation.phone", "registry.organisation.since",
            "registry.organisation.closedOn");
    private final OrganisationQueries queries;
    private final StaffQueries staff;
    private final OrganisationAccess access;
    private final CommuneArea area;
    private final AreaGuard guard;
    private final MessageSource messages;

    OrganisationController(OrganisationQueries queries, StaffQueries staff, OrganisationAccess access,
                           CommuneArea area, AreaGuard guard, MessageSource messages) {
        this.queries = queries;
        this.staff = staff;
        this.access = access;
        this.area = area;
        this.guard = guard;
        this.messages = messages;
    }

    @GetMapping
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "commune", kind = "commune")
    String list(@RequestParam(required = false) Long commune, @RequestParam(required = false) OrganisationKind kind,
                @RequestParam(required = false) ManagingLevel level, @RequestParam(defaultValue = "") String q,
                @RequestParam(defaultValue = "0") int page, Model model, HttpServletRequest request) {
        var filter = new OrganisationQueries.Filter(commune, kind, level, q, page);
        model.addAttribute("filter", filter);
        model.addAttribute("organisations", queries.page(filter));
        model.addAttribute("communes", area.communes());
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("levels", ManagingLevel.values());
        model.addAttribute("canCreate", !guard.requireUser().role().readOnly() && !area.writableCommunes().isEmpty());
        return Htmx.view(request, "registry/organisation/list", "rows");
    }

    @GetMapping("/export")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "commune", kind = "commune")
    void export(@RequestParam(required = false) Long commune, @RequestParam(required = false) OrganisationKind kind,
                @RequestParam(required = false) ManagingLevel level, @RequestParam(defaultValue = "") String q,
                HttpServletResponse response, Locale locale) throws IOException {
        var headers = EXPORT_HEADERS.stream().map(key -> message(key, locale)).toList();
        var rows = queries.all(new OrganisationQueries.Filter(commune, kind, level, q, 0))
                .map(o -> Arrays.<Object>asList(o.communeName(), o.code(), o.name(),
                        message("registry.organisationKind." + o.kind(), locale),
                        message("registry.managingLevel." + o.managingLevel(), locale), o.staffCount(),
                        o.staffRecorded(), o.villageName(), o.address(), o.phone(), o.since(), o.closedOn()));
        SpreadsheetDownload.send(response, message("registry.organisation.fileName", locale),
                message("registry.organisation.sheetName", locale), headers, rows);
    }

    @GetMapping("/mine")
    @Access(UNIT_OFFICER)
    String mine() {
        Long own = guard.requireUser().organisationId();
        if (own == null) {
            throw new NotFound("organisation", "");
        }
        return "redirect:/registry/organisations/" + own;
    }

    @GetMapping("/{id}")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER, UNIT_OFFICER}, area = "id", kind = "organisation")
    String detail(@PathVariable long id, Model model) {
        var organisation = queries.find(id).orElseThrow(() -> new NotFound("organisation", id));
        model.addAttribute("organisation", organisation);
        model.addAttribute("staff", staff.of(id));
        model.addAttribute("canEdit", access.canEdit(id));
        model.addAttribute("canManage", access.canManage(organisation.communeId()));
        model.addAttribute("showList", !guard.requireUser().role().personalScope());
        return "registry/organisation/detail";
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
