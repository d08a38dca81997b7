package vn.khuyenhoc.statistics.web;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.BRANCH_OFFICER;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;
import static vn.khuyenhoc.accounts.Role.VIEWER;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.documents.Documents;
import vn.khuyenhoc.statistics.AnnualReport;
import vn.khuyenhoc.statistics.Reports;
import vn.khuyenhoc.web.SpreadsheetDownload;

/** The annual report of an area: page, Excel, PDF, and submission to the level above (then locked). */
@Controller
@RequestMapping("/statistics/areas/{id}/report")
class ReportController {

    private final Reports reports;
    private final Documents documents;
    private final MessageSource messages;

    ReportController(Reports reports, Documents documents, MessageSource messages) {
        this.reports = reports;
        this.documents = documents;
        this.messages = messages;
    }

    @GetMapping
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "id")
    String page(@PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now().getYear() : year;
        AnnualReport live = reports.live(id, y);
        var submitted = reports.submitted(id, y);
        model.addAttribute("report", submitted.map(Reports.Submitted::report).orElse(live));
        model.addAttribute("submitted", submitted.orElse(null));
        model.addAttribute("differences", submitted.map(s -> Reports.differences(s.report(), live)).orElse(null));
        return "statistics/report";
    }

    @GetMapping("/xlsx")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "id")
    void excel(@PathVariable long id, @RequestParam int year, HttpServletResponse response) throws IOException {
        AnnualReport report = chosen(id, year);
        attachment(response, SpreadsheetDownload.XLSX, "bao-cao-thong-ke-" + year + ".xlsx");
        ReportSheets.excel(response.getOutputStream(), report, this::text);
    }

    @GetMapping("/pdf")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "id")
    void pdf(@PathVariable long id, @RequestParam int year, HttpServletResponse response) throws IOException {
        AnnualReport report = chosen(id, year);
        attachment(response, Documents.PDF, "bao-cao-thong-ke-" + year + ".pdf");
        ReportSheets.pdf(documents, response.getOutputStream(), report, this::text);
    }

    @PostMapping("/submit")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", write = true)
    String submit(@PathVariable long id, @RequestParam int year) {
        reports.submit(id, year);
        return "redirect:/statistics/areas/" + id + "/report?year=" + year;
    }

    /** The submitted copy when there is one: what was sent is what is printed. */
    private AnnualReport chosen(long id, int year) {
        return reports.submitted(id, year).map(Reports.Submitted::report).orElseGet(() -> reports.live(id, year));
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private static void attachment(HttpServletResponse response, String type, String name) {
        response.setContentType(type);
        response.setHeader("Content-Disposition",
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
    }
}
