package vn.khuyenhoc.registry.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A tiny stand-in for the project's HouseholdGenerator (on another branch while this one was written): believable
 * households of 1–7 members (about 4 on average), written as the two-sheet .xlsx of the import format with shared
 * strings, as Excel writes it. The lead switches the benchmark to the real generator on merge.
 */
final class BenchHouseholds {

    static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
            "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    static final String[] MIDDLE_MALE = {"Văn", "Hữu", "Đức", "Minh", "Quốc", "Thành", "Công"};
    static final String[] MIDDLE_FEMALE = {"Thị", "Ngọc", "Thu", "Thanh", "Mỹ", "Kim"};
    static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hoa", "Hùng",
            "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Nhung", "Phong", "Phúc", "Quang", "Sơn",
            "Tâm", "Thảo", "Thắng", "Trang", "Tuấn", "Vân", "Yến"};
    static final String[] RELATIONS = {"Vợ/chồng", "Con", "Con", "Con", "Bố/mẹ", "Cháu"};

    record Member(String name, int birthYear, String sex, String relation) {
    }

    record Household(String village, String code, String address, List<Member> members) {
    }

    static List<Household> generate(int count, List<String> villages, long seed) {
        var random = new Random(seed);
        var households = new ArrayList<Household>(count);
        for (int i = 0; i < count; i++) {
            String family = FAMILY[random.nextInt(FAMILY.length)];
            int size = 1 + Math.min(6, (int) Math.round(Math.abs(random.nextGaussian() * 1.6 + 3)));
            var members = new ArrayList<Member>(size);
            for (int m = 0; m < size; m++) {
                boolean male = random.nextBoolean();
                String middle = male ? MIDDLE_MALE[random.nextInt(MIDDLE_MALE.length)]
                        : MIDDLE_FEMALE[random.nextInt(MIDDLE_FEMALE.length)];
                String name = family + " " + middle + " " + GIVEN[random.nextInt(GIVEN.length)];
                String relation = m == 0 ? "Chủ hộ" : RELATIONS[random.nextInt(RELATIONS.length)];
                members.add(new Member(name, 1940 + random.nextInt(84), male ? "Nam" : "Nữ", relation));
            }
            households.add(new Household(villages.get(i % villages.size()), "B-" + i,
                    "Số " + (1 + random.nextInt(300)) + " đường " + GIVEN[random.nextInt(GIVEN.length)], members));
        }
        return households;
    }

    static void writeXlsx(List<Household> households, OutputStream out) throws IOException {
        try (var workbook = new SXSSFWorkbook(null, 500, true, true)) {
            var sheet = workbook.createSheet("Hộ gia đình");
            row(sheet, 0, ImportFilesHeaders.HOUSEHOLDS);
            int r = 1;
            for (Household h : households) {
                row(sheet, r++, List.of(h.village(), h.code(), h.address(), "", "", "01/01/2020"));
            }
            var members = workbook.createSheet("Thành viên");
            row(members, 0, ImportFilesHeaders.MEMBERS);
            r = 1;
            for (Household h : households) {
                for (Member m : h.members()) {
                    var row = members.createRow(r++);
                    row.createCell(0).setCellValue(h.village());
                    row.createCell(1).setCellValue(h.code());
                    row.createCell(2).setCellValue(m.name());
                    row.createCell(3).setCellValue(m.birthYear());
                    row.createCell(4).setCellValue(m.sex());
                    row.createCell(5).setCellValue(m.relation());
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static void row(org.apache.poi.ss.usermodel.Sheet sheet, int index, List<String> values) {
        var row = sheet.createRow(index);
        for (int c = 0; c < values.size(); c++) {
            row.createCell(c).setCellValue(values.get(c));
        }
    }

    /** The headers of the two sheets, as the template writes them. */
    static final class ImportFilesHeaders {
        static final List<String> HOUSEHOLDS = List.of("Mã thôn", "Mã hộ", "Địa chỉ", "Điện thoại", "Mã dòng họ",
                "Từ ngày");
        static final List<String> MEMBERS = List.of("Mã thôn", "Mã hộ", "Họ và tên", "Năm sinh", "Giới tính",
                "Quan hệ với chủ hộ", "Đang học cấp", "Nghề nghiệp", "Đối tượng");
    }
}
