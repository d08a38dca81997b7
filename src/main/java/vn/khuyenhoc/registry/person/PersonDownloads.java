package vn.khuyenhoc.registry.person;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.khuyenhoc.registry.PersonDetail;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.web.SpreadsheetDownload;

/**
 * Writes a person's export: the JSON document as it is, or a workbook with one sheet per section (the person,
 * households, organisations, consents) whose headers and labels are in the reader's language.
 */
@Component
public class PersonDownloads {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private final MessageSource messages;
    private final JsonMapper json = JsonMapper.shared();

    PersonDownloads(MessageSource messages) {
        this.messages = messages;
    }

    /** "json" or "xlsx"; anything else is refused. */
    public static String format(String format) {
        if (!format.equals("json") && !format.equals("xlsx")) {
            throw new InvalidInput("registry.person.exportFormat", format);
        }
        return format;
    }

    public void send(PersonDetail person, String format, HttpServletResponse response, Locale locale)
            throws IOException {
        String name = "nguoi-" + person.id() + "." + format;
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename(name, StandardCharsets.UTF_8).build().toString());
        if (format.equals("json")) {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            json.writeValue(response.getOutputStream(), person);
        } else {
            response.setContentType(SpreadsheetDownload.XLSX);
            workbook(person, response.getOutputStream(), locale);
        }
    }

    void workbook(PersonDetail p, OutputStream out, Locale locale) throws IOException {
        try (var book = new XSSFWorkbook()) {
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
            var person = sheet(book, text("registry.export.sheet.person", locale), date,
                    List.of(text("registry.export.field", locale), text("registry.export.value", locale)));
            fields(p, locale).forEach(line -> add(person, line, date));
            var households = sheet(book, text("registry.export.sheet.households", locale), date, headers(locale,
                    "householdCode", "village", "relation", "joinedOn", "leftOn"));
            p.memberships().forEach(m -> add(households, Arrays.asList(m.householdCode(), m.villageName(),
                    label("registry.relation.", m.relation(), locale), m.joinedOn(), m.leftOn()), date));
            var positions = sheet(book, text("registry.export.sheet.positions", locale), date, headers(locale,
                    "organisationCode", "organisation", "commune", "position", "joinedOn", "leftOn"));
            p.positions().forEach(s -> add(positions, Arrays.asList(s.organisationCode(), s.organisationName(),
                    s.communeName(), s.position(), s.joinedOn(), s.leftOn()), date));
            var consents = sheet(book, text("registry.export.sheet.consents", locale), date, headers(locale,
                    "householdCode", "givenOn", "textVersion", "recordedAt", "withdrawnOn"));
            p.consents().forEach(c -> add(consents, Arrays.asList(c.householdCode(), c.givenOn(), c.textVersion(),
                    moment(c.recordedAt()), c.withdrawnOn()), date));
            book.write(out);
        }
    }

    private List<List<?>> fields(PersonDetail p, Locale locale) {
        return List.of(
                List.of(text("registry.export.id", locale), p.id()),
                Arrays.asList(text("registry.person.fullName", locale), p.fullName()),
                Arrays.asList(text("registry.person.birthYear", locale), p.birthYear()),
                Arrays.asList(text("registry.person.sex", locale), label("registry.sex.", p.sex(), locale)),
                Arrays.asList(text("registry.person.phone", locale), p.phone()),
                Arrays.asList(text("registry.person.occupation", locale), p.occupation()),
                Arrays.asList(text("registry.person.targetGroup", locale),
                        label("registry.targetGroup.", p.targetGroup(), locale)),
                Arrays.asList(text("registry.person.schoolLevel", locale),
                        label("registry.schoolLevel.", p.schoolLevel(), locale)),
                Arrays.asList(text("registry.person.erasedAt", locale), moment(p.erasedAt())));
    }

    private List<String> headers(Locale locale, String... keys) {
        return Arrays.stream(keys).map(key -> text("registry.export." + key, locale)).toList();
    }

    private static Sheet sheet(XSSFWorkbook book, String name, CellStyle date, List<String> headers) {
        Sheet sheet = book.createSheet(name);
        add(sheet, headers, date);
        for (int c = 0; c < headers.size(); c++) {
            sheet.setColumnWidth(c, 24 * 256);
        }
        return sheet;
    }

    private static void add(Sheet sheet, List<?> values, CellStyle date) {
        Row row = sheet.createRow(sheet.getPhysicalNumberOfRows());
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value instanceof Number number) {
                row.createCell(c).setCellValue(number.doubleValue());
            } else if (value instanceof LocalDate day) {
                var cell = row.createCell(c);
                cell.setCellValue(day);
                cell.setCellStyle(date);
            } else if (value != null) {
                row.createCell(c).setCellValue(value.toString());
            }
        }
    }

    private String label(String prefix, Enum<?> value, Locale locale) {
        return value == null ? null : text(prefix + value.name(), locale);
    }

    private static String moment(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(VIETNAM).format(MOMENT);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
