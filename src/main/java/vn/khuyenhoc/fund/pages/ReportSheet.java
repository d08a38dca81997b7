package vn.khuyenhoc.fund.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import vn.khuyenhoc.fund.ledger.YearReport;
import vn.khuyenhoc.web.SpreadsheetDownload;

/** The year's report as a two-column sheet (line, amount in đồng), labels in the reader's language. */
final class ReportSheet {

    private ReportSheet() {
    }

    static void send(HttpServletResponse response, YearReport report, UnaryOperator<String> text) throws IOException {
        response.setContentType(SpreadsheetDownload.XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"quy-khuyen-hoc-" + report.year() + ".xlsx\"");
        write(response.getOutputStream(), report, text);
    }

    static void write(OutputStream out, YearReport report, UnaryOperator<String> text) throws IOException {
        SpreadsheetDownload.write(out, String.valueOf(report.year()),
                List.of(text.apply("fund.report.line"), text.apply("fund.report.amount")), rows(report, text));
    }

    static Stream<List<Object>> rows(YearReport report, UnaryOperator<String> text) {
        var rows = new ArrayList<List<Object>>();
        rows.add(List.of(text.apply("fund.report.opening"), report.opening()));
        rows.add(List.of(text.apply("fund.report.raised"), report.raised()));
        rows.add(List.of(text.apply("fund.report.raisedInKind"), report.raisedInKind()));
        report.spentByKind().forEach(k -> rows.add(List.of(text.apply("fund.kind." + k.kind()), k.amount())));
        rows.add(List.of(text.apply("fund.report.spent"), report.spent()));
        rows.add(List.of(text.apply("fund.report.people"), report.peopleSupported()));
        rows.add(List.of(text.apply("fund.report.organisations"), report.organisationsSupported()));
        if (report.carriedIn() != 0) {
            rows.add(List.of(text.apply("fund.kind.TRANSFER_IN"), report.carriedIn()));
        }
        if (report.carriedOut() != 0) {
            rows.add(List.of(text.apply("fund.kind.TRANSFER_OUT"), report.carriedOut()));
        }
        rows.add(List.of(text.apply("fund.report.closing"), report.closing()));
        return rows.stream();
    }
}
