package vn.khuyenhoc.accounts.user;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.accounts.Role;

/**
 * Writes the spreadsheets of account lists: the template to fill in (headers, an example line, and a second
 * sheet naming the roles the manager may give) and the list of temporary passwords after an import. Codes are
 * text cells, so that Excel keeps the leading zero of "01".
 */
@Component
class AccountListWriter {

    private static final String[] COLUMNS = {"username", "displayName", "role", "areaCode"};
    private final MessageSource messages;
    private final RoleNames roleNames;

    AccountListWriter(MessageSource messages, RoleNames roleNames) {
        this.messages = messages;
        this.roleNames = roleNames;
    }

    byte[] template(List<Role> roles, Locale locale) {
        try (var workbook = new XSSFWorkbook()) {
            CellStyle text = textStyle(workbook);
            Sheet accounts = workbook.createSheet(message("accounts.sheet.name", locale));
            header(accounts, locale, COLUMNS);
            line(accounts, 1, text, message("accounts.sheet.example.username", locale),
                    message("accounts.sheet.example.displayName", locale),
                    roleNames.name(Role.BRANCH_OFFICER, locale), message("accounts.sheet.example.areaCode", locale));
            for (int c = 0; c < COLUMNS.length; c++) {
                accounts.setDefaultColumnStyle(c, text);
                accounts.setColumnWidth(c, 28 * 256);
            }
            Sheet roleSheet = workbook.createSheet(message("accounts.sheet.roles", locale));
            header(roleSheet, locale, "roleName", "roleArea");
            for (int i = 0; i < roles.size(); i++) {
                Role role = roles.get(i);
                line(roleSheet, i + 1, text, roleNames.name(role, locale), message(areaHint(role), locale));
            }
            roleSheet.setColumnWidth(0, 28 * 256);
            roleSheet.setColumnWidth(1, 60 * 256);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] passwords(List<Created> created, Locale locale) {
        try (var workbook = new XSSFWorkbook()) {
            CellStyle text = textStyle(workbook);
            Sheet sheet = workbook.createSheet(message("accounts.sheet.passwords", locale));
            header(sheet, locale, "username", "displayName", "temporaryPassword");
            for (int i = 0; i < created.size(); i++) {
                Created account = created.get(i);
                line(sheet, i + 1, text, account.username(), account.displayName(), account.temporaryPassword());
            }
            for (int c = 0; c < 3; c++) {
                sheet.setColumnWidth(c, 28 * 256);
            }
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String areaHint(Role role) {
        if (role == Role.ADMIN) {
            return "accounts.sheet.area.NONE";
        }
        return "accounts.sheet.area." + (role.areaKind() == null ? "ANY" : role.areaKind());
    }

    private void header(Sheet sheet, Locale locale, String... columns) {
        var style = sheet.getWorkbook().createCellStyle();
        var bold = sheet.getWorkbook().createFont();
        bold.setBold(true);
        style.setFont(bold);
        var row = sheet.createRow(0);
        for (int c = 0; c < columns.length; c++) {
            var cell = row.createCell(c);
            cell.setCellValue(message("accounts.sheet." + columns[c], locale));
            cell.setCellStyle(style);
        }
    }

    private static void line(Sheet sheet, int index, CellStyle text, String... values) {
        var row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            var cell = row.createCell(c);
            cell.setCellValue(values[c]);
            cell.setCellStyle(text);
        }
    }

    private static CellStyle textStyle(XSSFWorkbook workbook) {
        CellStyle text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        return text;
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        var out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
