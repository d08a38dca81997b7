package vn.khuyenhoc.registry.citizen;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.BRANCH_OFFICER;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;
import static vn.khuyenhoc.accounts.Role.UNIT_OFFICER;

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
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.registry.TargetGroup;
import vn.khuyenhoc.web.Htmx;
import vn.khuyenhoc.web.SpreadsheetDownload;

/**
 * The citizens (công dân) of an officer's area, or of a unit officer's organisation: filtered, searched
 * without diacritics, fifty a page, the target group set inline, and exported to Excel exactly as filtered.
 */
@Controller
@RequestMapping("/registry/citizens")
@Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, UNIT_OFFICER}, area = "unit")
class CitizenController {

    private final CitizenQueries queries;
    private final MessageSource messages;

    CitizenController(CitizenQueries queries, MessageSource messages) {
        this.queries = queries;
        this.messages = messages;
    }

    @GetMapping
    String list(@ModelAttribute("filter") CitizenFilter filter, @RequestParam(defaultValue = "0") int page,
                Model model, HttpServletRequest request) {
        model.addAttribute("citizens", queries.page(filter, page));
        model.addAttribute("places", queries.places());
        model.addAttribute("sources", CitizenFilter.Source.values());
        model.addAttribute("targetGroups", TargetGroup.values());
        return Htmx.view(request, "registry/citizen/list", "rows");
    }

    @GetMapping("/export")
    void export(@ModelAttribute("filter") CitizenFilter filter, HttpServletResponse response, Locale locale)
            throws IOException {
        List<String> headers = Arrays.stream(new String[] {"fullName", "birthYear", "targetGroup", "source", "place",
                "householdCode"}).map(key -> text("registry.citizens." + key, locale)).toList();
        SpreadsheetDownload.send(response, text("registry.citizens.fileName", locale),
                text("registry.citizens.title", locale), headers, queries.all(filter).map(row -> line(row, locale)));
    }

    private List<Object> line(CitizenRow row, Locale locale) {
        String name = row.erased() ? messages.getMessage("registry.person.erasedName",
                new Object[] {row.personId()}, locale) : row.fullName();
        return Arrays.asList(name, row.birthYear(),
                row.targetGroup() == null ? null : text("registry.targetGroup." + row.targetGroup().name(), locale),
                text("registry.citizens.source." + row.source(), locale), row.place(), row.householdCode());
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
