package vn.khuyenhoc.registry.household;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.BRANCH_OFFICER;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;
import static vn.khuyenhoc.accounts.Role.VIEWER;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
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
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.registry.Households;
import vn.khuyenhoc.web.Htmx;
import vn.khuyenhoc.web.SpreadsheetDownload;

/** The list of households of the user's area (searchable, by village, exportable) and a household's page. */
@Controller
@RequestMapping("/registry/households")
class HouseholdController {

    static final List<String> EXPORT_HEADERS = List.of("villageCode", "village", "code", "head", "address", "phone",
            "members", "clan", "since", "closedOn");
    private final HouseholdQueries queries;
    private final HouseholdDetails details;
    private final AreaGuard guard;
    private final MessageSource messages;

    HouseholdController(HouseholdQueries queries, HouseholdDetails details, AreaGuard guard, MessageSource messages) {
        this.queries = queries;
        this.details = details;
        this.guard = guard;
        this.messages = messages;
    }

    @GetMapping
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "village")
    String list(@RequestParam(required = false) Long village, @RequestParam(defaultValue = "") String q,
                @RequestParam(defaultValue = "false") boolean closed, @RequestParam(defaultValue = "0") int page,
                Model model, HttpServletRequest request) {
        var filter = new HouseholdFilter(village == null ? ownVillage() : village, q, closed, page);
        model.addAttribute("filter", filter);
        model.addAttribute("households", queries.page(filter));
        model.addAttribute("villages", queries.villagesOfArea());
        model.addAttribute("canWrite", !guard.requireUser().role().readOnly());
        return Htmx.view(request, "registry/household/list", "rows");
    }

    @GetMapping("/export")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "village")
    void export(@RequestParam(required = false) Long village, @RequestParam(defaultValue = "") String q,
                @RequestParam(defaultValue = "false") boolean closed, Locale locale, HttpServletResponse response)
            throws IOException {
        var filter = new HouseholdFilter(village == null ? ownVillage() : village, q, closed, 0);
        var headers = EXPORT_HEADERS.stream()
                .map(key -> messages.getMessage("registry.household.export." + key, null, locale)).toList();
        String sheet = messages.getMessage("registry.household.export.sheet", null, locale);
        SpreadsheetDownload.send(response, "ho-gia-dinh-" + LocalDate.now(), sheet, headers,
                queries.all(filter).map(HouseholdController::cells));
    }

    @GetMapping("/{id}")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "id",
            kind = "household")
    String detail(@PathVariable long id, Model model) {
        var detail = details.find(id);
        model.addAttribute("detail", detail);
        model.addAttribute("canWrite", guard.canWrite(detail.household().villageId()));
        model.addAttribute("consentVersion", Households.CONSENT_TEXT_VERSION);
        model.addAttribute("today", LocalDate.now());
        return "registry/household/detail";
    }

    /** A branch officer works in one village: their list opens on it. */
    private Long ownVillage() {
        var user = guard.requireUser();
        return user.role() == Role.BRANCH_OFFICER ? user.unitId() : null;
    }

    private static List<Object> cells(HouseholdRow row) {
        return Arrays.asList(row.villageCode(), row.villageName(), row.code(), row.headName(), row.address(),
                row.phone(), row.members(), row.clanName(), row.since(), row.closedOn());
    }
}
