package vn.khuyenhoc.registry.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.khuyenhoc.registry.Relation;
import vn.khuyenhoc.registry.TargetGroup;

/** Generated households are written in exactly the import formats of the registry. */
class GeneratedSheetsTests {

    private final List<GeneratedHousehold> households =
            new HouseholdGenerator(1).asOf(2026).generate(List.of("22969-008"), 50);

    @Test
    void theWorkbookHasTheTwoSheetsWithTheFixedHeadersAndOneRowPerHouseholdAndMember() throws IOException {
        var out = new ByteArrayOutputStream();
        GeneratedSheets.writeXlsx(households, out);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            Sheet householdSheet = workbook.getSheet("Hộ gia đình");
            Sheet memberSheet = workbook.getSheet("Thành viên");
            assertThat(cells(householdSheet.getRow(0))).containsExactly("Mã thôn", "Mã hộ", "Địa chỉ", "Điện thoại",
                    "Mã dòng họ", "Từ ngày");
            assertThat(cells(memberSheet.getRow(0))).containsExactly("Mã thôn", "Mã hộ", "Họ và tên", "Năm sinh",
                    "Giới tính", "Quan hệ với chủ hộ", "Đang học cấp", "Nghề nghiệp", "Đối tượng");
            assertThat(householdSheet.getLastRowNum()).isEqualTo(50);
            int members = households.stream().mapToInt(h -> h.members().size()).sum();
            assertThat(memberSheet.getLastRowNum()).isEqualTo(members);
            var first = households.get(0);
            assertThat(householdSheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(first.code());
            assertThat(householdSheet.getRow(1).getCell(5).getStringCellValue())
                    .isEqualTo(GeneratedSheets.day(first.since()));
            Row head = memberSheet.getRow(1);
            assertThat(head.getCell(2).getStringCellValue()).isEqualTo(first.head().fullName());
            assertThat((int) head.getCell(3).getNumericCellValue()).isEqualTo(first.head().birthYear());
            assertThat(head.getCell(5).getStringCellValue()).isEqualTo("Chủ hộ");
        }
    }

    @Test
    void labelsAreTheVietnameseMessagesOfTheRegistry() {
        assertThat(GeneratedSheets.label(Relation.HEAD)).isEqualTo("Chủ hộ");
        assertThat(GeneratedSheets.label(Relation.SPOUSE)).isEqualTo("Vợ/chồng");
        assertThat(GeneratedSheets.label(TargetGroup.FARMER)).isEqualTo("Nông dân, lao động nông thôn");
        assertThat(GeneratedSheets.label(null)).isEmpty();
        assertThat(GeneratedSheets.day(LocalDate.of(2016, 3, 5))).isEqualTo("05/03/2016");
    }

    @Test
    void theCsvIsTheOneSheetFormWithTheHouseholdColumnsOnItsFirstRowOnly() throws IOException {
        var out = new ByteArrayOutputStream();
        GeneratedSheets.writeCsv(households.stream(), out);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).isEqualTo("\uFEFFMã thôn,Mã hộ,Địa chỉ,Điện thoại,Mã dòng họ,Từ ngày,Họ và tên,Năm sinh,"
                + "Giới tính,Quan hệ với chủ hộ,Đang học cấp,Nghề nghiệp,Đối tượng");
        int members = households.stream().mapToInt(h -> h.members().size()).sum();
        assertThat(lines).hasSize(members + 1);
        var first = households.get(0);
        assertThat(lines[1]).startsWith("22969-008," + first.code() + ",")
                .contains("," + GeneratedSheets.day(first.since()) + "," + first.head().fullName() + ",")
                .contains(",Chủ hộ,");
        if (first.members().size() > 1) {
            assertThat(lines[2]).startsWith("22969-008," + first.code() + ",,,,,");
        }
    }

    private static List<String> cells(Row row) {
        var values = new ArrayList<String>();
        row.forEach(cell -> values.add(cell.getStringCellValue()));
        return values;
    }
}
