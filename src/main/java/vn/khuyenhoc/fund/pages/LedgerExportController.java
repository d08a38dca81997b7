package vn.khuyenhoc.fund.pages;

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
import org.springframework.web.bind.annotation.RequestParam;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.fund.EntryKind;
import vn.khuyenhoc.fund.ledger.LedgerQueries;
import vn.khuyenhoc.fund.ledger.LedgerQueries.Line;
import vn.khuyenhoc.shared.NotFound;
import vn.khuyenhoc.web.SpreadsheetDownload;

/** The ledger as the user filtered it (year, kind), as an Excel sheet: money in and out in their own columns. */
@Controller
class LedgerExportController {

    private static final List<String> HEADERS = List.of("fund.export.date", "fund.export.receipt", "fund.export.kind",
            "fund.export.party", "fund.export.reason", "fund.export.goods", "fund.export.in", "fund.export.out",
            "fund.export.correction");
    private final LedgerQueries ledger;
    private final MessageSource messages;

    LedgerExportController(LedgerQueries ledger, MessageSource messages) {
        this.ledger = ledger;
        this.messages = messages;
    }

    @GetMapping("/fund/{id}/export")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "id", kind = "fund")
    void export(@PathVariable long id, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) EntryKind kind, HttpServletResponse response, Locale locale)
            throws IOException {
        var fund = ledger.fund(id).orElseThrow(() -> new NotFound("fund", id));
        var lines = ledger.lines(id, year, kind == null ? null : kind.name());
        String name = text("fund.export.fileName", locale) + (year == null ? "" : "-" + year);
        SpreadsheetDownload.send(response, name, fund.name(), HEADERS.stream().map(h -> text(h, locale)).toList(),
                lines.stream().map(line -> row(line, locale)));
    }

    private List<Object> row(Line line, Locale locale) {
        // A reversal stays in its original's column with a negative amount, as a storno does on paper
        String correction = line.reversal() ? text("fund.export.reversal", locale)
                : line.reversed() ? text("fund.export.reversed", locale) : null;
        return Arrays.asList(line.entryDate(), line.receiptNumber(), text("fund.kind." + line.kind(), locale),
                line.party(), line.reason(), line.goods(), line.in() ? line.amount() : null, line.in() ? null : line.amount(), correction);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
