package vn.khuyenhoc.commendation.pages;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.BRANCH_OFFICER;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;
import static vn.khuyenhoc.accounts.Role.VIEWER;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.commendation.CommendationKind;
import vn.khuyenhoc.documents.Documents;
import vn.khuyenhoc.documents.ProposedList;
import vn.khuyenhoc.shared.NotFound;
import vn.khuyenhoc.web.Htmx;
import vn.khuyenhoc.web.SpreadsheetDownload;

/** The commendations of the user's area by year, unit, form and collective or person; as Excel and as the conference list. */
@Controller
@RequestMapping("/commendations")
class ListController {

    private final CommendationQueries queries;
    private final ChoiceQueries choices;
    private final AreaGuard guard;
    private final Documents documents;
    private final MessageSource messages;

    ListController(CommendationQueries queries, ChoiceQueries choices, AreaGuard guard, Documents documents,
                   MessageSource messages) {
        this.queries = queries;
        this.choices = choices;
        this.guard = guard;
        this.documents = documents;
        this.messages = messages;
    }

    @GetMapping
    @Access({ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER})
    String list(CommendationQueries.Filter filter, Model model, HttpServletRequest request) {
        var user = guard.requireUser();
        String[] scope = AreaGuard.likePrefixes(guard.scopePaths(user));
        var rows = queries.find(filter, scope);
        long collectives = rows.stream().filter(CommendationQueries.Row::collective).count();
        model.addAttribute("filter", filter);
        model.addAttribute("rows", rows);
        model.addAttribute("collectives", collectives);
        model.addAttribute("persons", rows.size() - collectives);
        model.addAttribute("years", queries.years(scope));
        model.addAttribute("kinds", CommendationKind.values());
        model.addAttribute("units", choices.areaUnits(user.unitId()));
        model.addAttribute("canRecord", !user.role().readOnly() && user.role() != BRANCH_OFFICER);
        return Htmx.view(request, "commendation/list", "rows");
    }

    @GetMapping("/export")
    @Access({ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER})
    void export(CommendationQueries.Filter filter, HttpServletResponse response) throws IOException {
        var rows = queries.find(filter, AreaGuard.likePrefixes(guard.currentScopePaths()));
        var headers = Stream.of("year", "recipient", "recipientKind", "kind", "reason", "decision", "decisionDate",
                "issuingBody", "area").map(h -> text("commendation.column." + h)).toList();
        SpreadsheetDownload.send(response, "khen-thuong.xlsx", text("commendation.list.title"), headers,
                rows.stream().map(r -> List.<Object>of(r.year(), r.shownName(),
                        text("commendation.recipient." + r.recipientKind()), text("commendation.kind." + r.kind()),
                        r.reason(), r.decisionNumber(), r.decisionDate(), r.issuingBody(), r.areaName())));
    }

    @GetMapping("/conference.pdf")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "unit")
    void conferencePdf(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long unit,
                       HttpServletResponse response) throws IOException {
        var list = conferenceList(year, unit);
        response.setContentType(Documents.PDF);
        response.setHeader("Content-Disposition", "inline; filename=\"danh-sach-khen-thuong.pdf\"");
        documents.proposedListPdf(list, response.getOutputStream());
    }

    @GetMapping("/conference.docx")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "unit")
    void conferenceDocx(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long unit,
                        HttpServletResponse response) throws IOException {
        var list = conferenceList(year, unit);
        response.setContentType(Documents.DOCX);
        response.setHeader("Content-Disposition", "attachment; filename=\"danh-sach-khen-thuong.docx\"");
        documents.proposedListDocx(list, response.getOutputStream());
    }

    /** The list of the year for a unit of the user's area (their own unit when none is named). */
    private ProposedList conferenceList(Integer year, Long unit) {
        var user = guard.requireUser();
        Long areaId = unit != null ? unit : user.unitId();
        if (areaId != null) {
            guard.requireRead(areaId);
        }
        var area = areaId == null ? new ConferenceList.Area("Việt Nam", null) : choices.unit(areaId)
                .map(u -> new ConferenceList.Area(u.name(), u.typeName())).orElseThrow(
                        () -> new NotFound("unit", areaId));
        int shown = year != null ? year : LocalDate.now().getYear();
        var rows = queries.find(new CommendationQueries.Filter(shown, areaId, null, null),
                AreaGuard.likePrefixes(guard.scopePaths(user)));
        return ConferenceList.of(shown, area, rows, LocalDate.now());
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
