package vn.khuyenhoc.accounts.user;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.Text;

/**
 * Reads a list of accounts from .xlsx (the template's first sheet) or .csv (UTF-8, comma or semicolon): four
 * columns, user name, full name, role, area code, under a header row. A file that cannot be read is refused
 * whole; checking the values is {@link UserImports}' job.
 */
@Component
class AccountListReader {

    static final int MAX_LINES = 2000;
    private final MessageSource messages;

    AccountListReader(MessageSource messages) {
        this.messages = messages;
    }

    List<ListLine> read(String fileName, byte[] content) {
        List<List<String>> rows = fileName.toLowerCase(Locale.ROOT).endsWith(".csv") ? csv(content) : excel(content);
        if (rows.isEmpty() || !isHeader(rows.get(0))) {
            throw new InvalidInput("accounts.import.noHeader");
        }
        var lines = new ArrayList<ListLine>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> cells = rows.get(i);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            lines.add(new ListLine(i + 1, cell(cells, 0), cell(cells, 1), cell(cells, 2), cell(cells, 3)));
        }
        if (lines.size() > MAX_LINES) {
            throw new InvalidInput("accounts.import.tooMany", MAX_LINES);
        }
        if (lines.isEmpty()) {
            throw new InvalidInput("accounts.import.empty");
        }
        return lines;
    }

    /** The header is recognised by its first cell, in Vietnamese or English, with or without diacritics. */
    private boolean isHeader(List<String> cells) {
        String first = Text.fold(cell(cells, 0));
        return first.equals("username") || Stream.of(RoleNames.VIETNAMESE, Locale.ENGLISH)
                .map(locale -> Text.fold(messages.getMessage("accounts.sheet.username", null, locale)))
                .anyMatch(first::equals);
    }

    private static List<List<String>> excel(byte[] content) {
        try (var workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            var formatter = new DataFormatter(Locale.ROOT);
            var rows = new ArrayList<List<String>>();
            for (int r = 0; r <= sheet.getLastRowNum() && r <= MAX_LINES + 1; r++) {
                Row row = sheet.getRow(r);
                var cells = new ArrayList<String>();
                for (int c = 0; c < 4; c++) {
                    cells.add(row == null ? "" : formatter.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
            return rows;
        } catch (Exception e) {
            throw new InvalidInput("accounts.import.unreadable");
        }
    }

    private static List<List<String>> csv(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInput("accounts.import.notUtf8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char separator = firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
        return CsvLines.parse(text, separator);
    }

    private static String cell(List<String> cells, int index) {
        return index < cells.size() ? Text.normalise(cells.get(index)) : "";
    }
}
