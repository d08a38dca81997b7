package vn.khuyenhoc.association.member;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.BRANCH_OFFICER;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.association.structure.StructureQueries;
import vn.khuyenhoc.web.Htmx;
import vn.khuyenhoc.web.SpreadsheetDownload;

/** The members of the user's area (a branch officer: their village's branch): searched, paged, exported. */
@Controller
@RequestMapping("/association/members")
class MemberListController {

    static final List<String> EXPORT_HEADERS = List.of("association.member.card", "association.member.name",
            "association.member.birthYear", "association.branch.name", "association.member.joinedOn",
            "association.member.leftOn", "association.member.status");
    private final MemberQueries queries;
    private final StructureQueries structure;
    private final MessageSource messages;

    MemberListController(MemberQueries queries, StructureQueries structure, MessageSource messages) {
        this.queries = queries;
        this.structure = structure;
        this.messages = messages;
    }

    @GetMapping
    @Access({ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER})
    String list(@RequestParam(required = false) Long association, @RequestParam(required = false) Long branch,
                @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model,
                HttpServletRequest request) {
        var filter = new MemberQueries.Filter(association, branch, q, page);
        model.addAttribute("filter", filter);
        model.addAttribute("members", queries.page(filter));
        model.addAttribute("associations", structure.openCommuneAssociations());
        return Htmx.view(request, "association/member/list", "rows");
    }

    @GetMapping("/export")
    @Access({ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER})
    void export(@RequestParam(required = false) Long association, @RequestParam(required = false) Long branch,
                @RequestParam(defaultValue = "") String q, HttpServletResponse response, Locale locale)
            throws IOException {
        var headers = EXPORT_HEADERS.stream().map(key -> messages.getMessage(key, null, locale)).toList();
        try (var rows = queries.all(new MemberQueries.Filter(association, branch, q, 0))) {
            SpreadsheetDownload.send(response, messages.getMessage("association.member.fileName", null, locale),
                    messages.getMessage("association.member.sheetName", null, locale), headers,
                    rows.map(m -> Arrays.<Object>asList(m.cardNumber(), m.fullName(), m.birthYear(), m.branchName(),
                            m.joinedOn(), m.leftOn(), m.status() == null ? null
                                    : messages.getMessage("association.status." + m.status(), null, locale))));
        }
    }
}
