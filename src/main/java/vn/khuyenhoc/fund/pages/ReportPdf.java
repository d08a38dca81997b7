package vn.khuyenhoc.fund.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import vn.khuyenhoc.documents.AttachedTable;
import vn.khuyenhoc.documents.AttachedTable.Column;
import vn.khuyenhoc.documents.ProposedList;
import vn.khuyenhoc.documents.Signature;
import vn.khuyenhoc.fund.Money;
import vn.khuyenhoc.fund.ledger.YearReport;

/**
 * The year's report as a signed paper for the association's congress and its auditors: the association as the
 * issuing body and the lines of {@link ReportSheet}, numbered, with their figures, in Vietnamese whatever the
 * reader's language, as official papers are.
 */
final class ReportPdf {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private ReportPdf() {
    }

    static ProposedList of(YearReport report, MessageSource messages, LocalDate today) {
        var rows = new ArrayList<List<String>>();
        ReportSheet.rows(report, key -> messages.getMessage(key, null, VIETNAMESE)).forEach(line -> rows.add(
                List.of(String.valueOf(rows.size() + 1), (String) line.get(0), Money.digits((Long) line.get(1)))));
        var columns = List.of(new Column("STT", 1), new Column(messages.getMessage("fund.report.line", null, VIETNAMESE), 7),
                new Column(messages.getMessage("fund.report.amount", null, VIETNAMESE), 4));
        String title = messages.getMessage("fund.report.heading", new Object[] {String.valueOf(report.year())},
                VIETNAMESE);
        String day = "ngày %02d tháng %02d năm %d".formatted(today.getDayOfMonth(), today.getMonthValue(),
                today.getYear());
        return new ProposedList(List.of(report.association().toUpperCase(VIETNAMESE)), day,
                new AttachedTable(title, report.fundName(), columns, rows),
                new Signature("TM. BAN CHẤP HÀNH", "CHỦ TỊCH", ""));
    }
}
