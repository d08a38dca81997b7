package vn.khuyenhoc.fund.pages;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.BRANCH_OFFICER;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;
import static vn.khuyenhoc.accounts.Role.VIEWER;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.documents.Documents;
import vn.khuyenhoc.fund.AmountInWords;
import vn.khuyenhoc.fund.ledger.LedgerQueries;
import vn.khuyenhoc.fund.ledger.ReportQueries;
import vn.khuyenhoc.shared.NotFound;

/** Printable pages (A5 receipt of an entry, the year's report) and the report as an Excel sheet and a PDF. */
@Controller
@RequestMapping("/fund")
class PrintController {

    private final LedgerQueries ledger;
    private final ReportQueries reports;
    private final MessageSource messages;
    private final Documents documents;

    PrintController(LedgerQueries ledger, ReportQueries reports, MessageSource messages, Documents documents) {
        this.ledger = ledger;
        this.reports = reports;
        this.messages = messages;
        this.documents = documents;
    }

    @GetMapping("/entries/{id}/receipt")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "id", kind = "fund-entry")
    String receipt(@PathVariable long id, Model model) {
        var entry = ledger.line(id).orElseThrow(() -> new NotFound("fund-entry", id));
        model.addAttribute("entry", entry);
        model.addAttribute("fund", ledger.fund(ledger.fundOfEntry(id)).orElseThrow());
        model.addAttribute("words", AmountInWords.dong(Math.abs(entry.amount())));
        return "fund/receipt";
    }

    @GetMapping("/{id}/report")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "id", kind = "fund")
    String report(@PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now().getYear() - 1 : year;
        model.addAttribute("report", reports.year(id, y));
        model.addAttribute("years", ledger.years(id));
        return "fund/report";
    }

    @GetMapping("/{id}/report/export")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "id", kind = "fund")
    void export(@PathVariable long id, @RequestParam int year, HttpServletResponse response) throws IOException {
        ReportSheet.send(response, reports.year(id, year),
                key -> messages.getMessage(key, null, LocaleContextHolder.getLocale()));
    }

    @GetMapping("/{id}/report/pdf")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "id", kind = "fund")
    void pdf(@PathVariable long id, @RequestParam int year, HttpServletResponse response) throws IOException {
        var paper = ReportPdf.of(reports.year(id, year), messages, LocalDate.now());
        response.setContentType(Documents.PDF);
        response.setHeader("Content-Disposition", "inline; filename=\"quy-khuyen-hoc-" + year + ".pdf\"");
        documents.proposedListPdf(paper, response.getOutputStream());
    }
}
