package vn.khuyenhoc.association.structure;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.BRANCH_OFFICER;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;
import static vn.khuyenhoc.accounts.Role.VIEWER;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.shared.NotFound;
import vn.khuyenhoc.web.SpreadsheetDownload;

/** An association's branches and its officers as Excel sheets, with the columns of its page. */
@Controller
class StructureExportController {

    private static final List<String> BRANCH_HEADERS = List.of("association.branch.name", "association.branch.area",
            "association.since", "association.export.closedOn", "association.members");
    private static final List<String> OFFICER_HEADERS = List.of("association.officer.person",
            "association.officer.position", "association.officer.holder", "association.officer.termFrom",
            "association.officer.termTo");
    private final StructureQueries queries;
    private final MessageSource messages;

    StructureExportController(StructureQueries queries, MessageSource messages) {
        this.queries = queries;
        this.messages = messages;
    }

    @GetMapping("/association/units/{id}/branches/export")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "id", kind = "association")
    void branches(@PathVariable long id, HttpServletResponse response, Locale locale) throws IOException {
        var unit = queries.find(id).orElseThrow(() -> new NotFound("association", id));
        SpreadsheetDownload.send(response, text("association.export.branchesFile", locale), unit.name(),
                headers(BRANCH_HEADERS, locale), queries.branches(id).stream().map(b -> Arrays.<Object>asList(
                        b.name(), b.areaName(), b.since(), b.closedOn(), b.members())));
    }

    @GetMapping("/association/units/{id}/officers/export")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "id", kind = "association")
    void officers(@PathVariable long id, HttpServletResponse response, Locale locale) throws IOException {
        var unit = queries.find(id).orElseThrow(() -> new NotFound("association", id));
        SpreadsheetDownload.send(response, text("association.export.officersFile", locale), unit.name(),
                headers(OFFICER_HEADERS, locale), queries.officers(id).stream().map(o -> Arrays.<Object>asList(
                        o.personName(), text("association.position." + o.position(), locale), o.holderName(),
                        o.termFrom(), o.termTo())));
    }

    private List<String> headers(List<String> keys, Locale locale) {
        return keys.stream().map(key -> text(key, locale)).toList();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
