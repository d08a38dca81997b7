package vn.khuyenhoc.statistics.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import vn.khuyenhoc.documents.AttachedTable;
import vn.khuyenhoc.documents.Documents;
import vn.khuyenhoc.shared.Rate;
import vn.khuyenhoc.statistics.AnnualReport;
import vn.khuyenhoc.web.SpreadsheetDownload;

/** The annual report as an Excel sheet (counts as numbers) and as a PDF table (Vietnamese-formatted text). */
final class ReportSheets {

    private ReportSheets() {
    }

    static void excel(OutputStream out, AnnualReport report, UnaryOperator<String> text) throws IOException {
        SpreadsheetDownload.write(out, String.valueOf(report.year()), headers(report, text),
                rows(report, text, false).stream());
    }

    static void pdf(Documents documents, OutputStream out, AnnualReport report, UnaryOperator<String> text) {
        var columns = headers(report, text).stream()
                .map(h -> new AttachedTable.Column(h, h.length() > 20 ? 3 : 2)).toList();
        List<List<String>> rows = rows(report, text, true).stream()
                .map(r -> r.stream().map(String::valueOf).toList()).toList();
        documents.tablePdf(new AttachedTable(report.areaName() + " · " + report.year(), null, columns, rows), out);
    }

    private static List<String> headers(AnnualReport report, UnaryOperator<String> text) {
        return List.of(text.apply("statistics.col.title"), text.apply("statistics.col.area"),
                text.apply("statistics.col.subjects"), text.apply("statistics.col.registered"),
                text.apply("statistics.col.recognised"), text.apply("statistics.col.rate"),
                text.apply("statistics.col.rateOfRegistered"),
                text.apply("statistics.col.previous") + " " + (report.year() - 1));
    }

    private static List<List<Object>> rows(AnnualReport report, UnaryOperator<String> text, boolean formatted) {
        var rows = new ArrayList<List<Object>>();
        for (AnnualReport.Section section : report.sections()) {
            String title = text.apply("criteria.title." + section.title());
            rows.add(row(title, text.apply("statistics.report.total"), section.total(), formatted));
            section.lines().forEach(line -> rows.add(row(title, line.name(), line, formatted)));
        }
        return rows;
    }

    private static List<Object> row(String title, String name, AnnualReport.Line line, boolean formatted) {
        var previous = line.previousRate().formatted() + " (" + Rate.count(line.previousRecognised()) + "/"
                + Rate.count(line.previousSubjects()) + ")";
        if (formatted) {
            return List.of(title, name, Rate.count(line.subjects()), Rate.count(line.registered()),
                    Rate.count(line.recognised()), line.rate().formatted(), line.rateOfRegistered().formatted(), previous);
        }
        return List.of(title, name, line.subjects(), line.registered(), line.recognised(), line.rate().formatted(),
                line.rateOfRegistered().formatted(), previous);
    }
}
