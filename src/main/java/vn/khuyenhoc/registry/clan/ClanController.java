package vn.khuyenhoc.registry.clan;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.BRANCH_OFFICER;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;
import static vn.khuyenhoc.accounts.Role.VIEWER;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
import vn.khuyenhoc.registry.common.CommuneArea;
import vn.khuyenhoc.shared.NotFound;
import vn.khuyenhoc.web.Htmx;
import vn.khuyenhoc.web.SpreadsheetDownload;

/**
 * The clans of the communes in the user's area: the list (searched, paged, exported as filtered) and a clan's
 * page with its member households. Branch officers read the clans of their village's commune.
 */
@Controller
@RequestMapping("/registry/clans")
@Access({ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER})
class ClanController {

    static final List<String> EXPORT_HEADERS = List.of("registry.clan.commune", "registry.clan.code",
            "registry.clan.name", "registry.clan.representative", "registry.clan.phone", "registry.clan.hasBoard",
            "registry.clan.since", "registry.clan.closedOn", "registry.clan.households");
    private final ClanQueries queries;
    private final CommuneArea area;
    private final AreaGuard guard;
    private final MessageSource messages;

    ClanController(ClanQueries queries, CommuneArea area, AreaGuard guard, MessageSource messages) {
        this.queries = queries;
        this.area = area;
        this.guard = guard;
        this.messages = messages;
    }

    @GetMapping
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "commune", kind = "commune")
    String list(@RequestParam(required = false) Long commune, @RequestParam(defaultValue = "") String q,
                @RequestParam(defaultValue = "0") int page, Model model, HttpServletRequest request) {
        var filter = new ClanQueries.Filter(commune, q, page);
        model.addAttribute("filter", filter);
        model.addAttribute("clans", queries.page(filter));
        model.addAttribute("communes", area.communes());
        model.addAttribute("canCreate", !area.writableCommunes().isEmpty() && !guard.requireUser().role().readOnly());
        return Htmx.view(request, "registry/clan/list", "rows");
    }

    @GetMapping("/export")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "commune", kind = "commune")
    void export(@RequestParam(required = false) Long commune, @RequestParam(defaultValue = "") String q,
                HttpServletResponse response, Locale locale) throws IOException {
        var headers = EXPORT_HEADERS.stream().map(key -> messages.getMessage(key, null, locale)).toList();
        String yes = messages.getMessage("registry.commune.yes", null, locale);
        String no = messages.getMessage("registry.commune.no", null, locale);
        SpreadsheetDownload.send(response, messages.getMessage("registry.clan.fileName", null, locale),
                messages.getMessage("registry.clan.sheetName", null, locale), headers,
                queries.all(new ClanQueries.Filter(commune, q, 0)).map(c -> java.util.Arrays.<Object>asList(
                        c.communeName(), c.code(), c.name(), c.representative(), c.representativePhone(),
                        c.hasBoard() ? yes : no, c.since(), c.closedOn(), c.households())));
    }

    @GetMapping("/{id}")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "id", kind = "clan")
    String detail(@PathVariable long id, Model model) {
        var clan = queries.find(id).orElseThrow(() -> new NotFound("clan", id));
        model.addAttribute("clan", clan);
        model.addAttribute("members", queries.members(id));
        boolean canWrite = guard.canWrite(clan.communeId()) && !guard.requireUser().role().personalScope();
        model.addAttribute("canWrite", canWrite);
        model.addAttribute("villages", canWrite ? area.villages(clan.communeId()) : List.of());
        return "registry/clan/detail";
    }
}
