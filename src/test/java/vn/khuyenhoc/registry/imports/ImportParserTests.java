package vn.khuyenhoc.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.khuyenhoc.registry.imports.ImportFiles.parse;
import static vn.khuyenhoc.registry.imports.ImportFiles.twoSheets;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khuyenhoc.registry.Relation;
import vn.khuyenhoc.registry.Sex;
import vn.khuyenhoc.registry.TargetGroup;
import vn.khuyenhoc.shared.InvalidInput;

/** Reading import files without a database: both household forms, CSV dialects, normalisation, refusals. */
class ImportParserTests {

    static final List<String> HOUSEHOLD = List.of("22969-008", "001", "Số 12 Lê Lợi", "0912 345 678", "", "2020");

    @Test
    void theTwoSheetFormReadsHouseholdsWithTheirMembersInOrder() {
        var file = parse(ImportKind.HOUSEHOLDS, "ho.xlsx", twoSheets(List.of(HOUSEHOLD),
                List.of(List.of("22969-008", "001", "Nguyễn Văn An", "1975", "Nam", "Chủ hộ", "", "Làm ruộng",
                                "Nông dân, lao động nông thôn"),
                        List.of("22969-008", "001", "Trần Thị Bình", "1978", "Nữ", "Vợ/chồng", "", "", ""))));

        assertThat(file.problems().listed()).isEmpty();
        var household = file.households().values().iterator().next();
        assertThat(household.code).isEqualTo("001");
        assertThat(household.phone).isEqualTo("0912345678");
        assertThat(household.since).isEqualTo("2020-01-01");
        assertThat(household.members).extracting(m -> m.person().fullName())
                .containsExactly("Nguyễn Văn An", "Trần Thị Bình");
        assertThat(household.head().person().targetGroup()).isEqualTo(TargetGroup.FARMER);
        assertThat(household.members.get(1).person().sex()).isEqualTo(Sex.FEMALE);
        assertThat(household.members.get(1).relation()).isEqualTo(Relation.SPOUSE);
        assertThat(file.rows()).isEqualTo(3);
    }

    @Test
    void aCsvWithAByteOrderMarkAndSemicolonsIsTheOneSheetForm() {
        String csv = "\uFEFFMa thon;Ma ho;Dia chi;Dien thoai;Ma dong ho;Tu ngay;Ho va ten;Nam sinh;Gioi tinh;"
                + "Quan he voi chu ho;Dang hoc cap;Nghe nghiep;Doi tuong\r\n"
                + "22969-008;007;\"Thôn 8; xóm Bắc\";;;15/03/2019;Lê Văn Cường;1960;Nam;Chủ hộ;;;\r\n"
                + ";;;;;;Lê Thị Dung;2012;Nữ;Con;Tiểu học;;\r\n";
        var file = parse(ImportKind.HOUSEHOLDS, "ho.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(file.problems().listed()).extracting(Problem::key).containsExactly(
                "registry.imports.villageMissing", "registry.imports.codeMissing");
        var household = file.households().get(HouseholdLine.key("22969-008", "007"));
        assertThat(household.address).isEqualTo("Thôn 8; xóm Bắc");
        assertThat(household.since).isEqualTo("2019-03-15");
    }

    @Test
    void oneSheetRowsRepeatTheHouseholdCodeForEachMember() {
        var header = new java.util.ArrayList<>(ImportFiles.HOUSEHOLD_HEADER);
        header.addAll(ImportFiles.MEMBER_HEADER.subList(2, 9));
        var sheets = new LinkedHashMap<String, List<List<String>>>();
        sheets.put("Danh sách", List.of(header,
                List.of("22969-008", "007", "Thôn 8", "", "", "", "Lê Văn Cường", "1960", "Nam", "Chủ hộ", "", "", ""),
                List.of("22969-008", "007", "", "", "", "", "Lê Thị Dung", "2012", "Nữ", "Con", "Tiểu học", "", "")));
        var file = parse(ImportKind.HOUSEHOLDS, "ho.xlsx", ImportFiles.xlsx(sheets));

        assertThat(file.problems().listed()).isEmpty();
        assertThat(file.households()).hasSize(1);
        assertThat(file.households().values().iterator().next().members).hasSize(2);
    }

    @Test
    void decomposedTextAndStraySpacesAreNormalisedAndCountedNotRefused() {
        String nfd = Normalizer.normalize("Nguyễn  Văn An ", Normalizer.Form.NFD);
        var file = parse(ImportKind.HOUSEHOLDS, "ho.xlsx", twoSheets(List.of(HOUSEHOLD),
                List.of(List.of("22969-008", "001", nfd, "1975", "Nam", "Chủ hộ", "", "", ""))));

        assertThat(file.problems().listed()).isEmpty();
        assertThat(file.households().values().iterator().next().head().person().fullName()).isEqualTo("Nguyễn Văn An");
        assertThat(file.normalised()).isEqualTo(1);
    }

    @Test
    void everyProblemIsListedWithItsSheetRowAndColumn() {
        var file = parse(ImportKind.HOUSEHOLDS, "ho.xlsx", twoSheets(
                List.of(HOUSEHOLD, List.of("22969-008", "002", "", "", "", "31/02/2020"), HOUSEHOLD,
                        List.of("22969-008", "003", "", "", "", "")),
                List.of(List.of("22969-008", "001", "", "1975", "Nam", "Chủ hộ", "", "", ""),
                        List.of("22969-008", "002", "Bùi Văn Em", "1850", "Nam", "Chủ hộ", "", "", ""),
                        List.of("22969-008", "002", "Bùi Văn Phúc", "năm", "Trai", "Chủ hộ", "", "", "Thợ"),
                        List.of("22969-008", "003", "Bùi Thị Giang", "1990", "Nữ", "Hàng xóm", "", "", ""),
                        List.of("22969-009", "001", "Đỗ Văn Hải", "1990", "Nam", "Chủ hộ", "", "", ""))));

        assertThat(file.problems().listed()).extracting(p -> p.sheet() + "|" + p.row() + "|" + p.column() + "|" + p.key())
                .containsExactlyInAnyOrder(
                        "Hộ gia đình|3|registry.imports.column.since|registry.imports.dayInvalid",
                        "Hộ gia đình|4|registry.imports.column.householdCode|registry.imports.duplicateHousehold",
                        "Thành viên|2|registry.imports.column.fullName|registry.person.nameMissing",
                        "Thành viên|3|registry.imports.column.birthYear|registry.person.birthYearImpossible",
                        "Thành viên|4|registry.imports.column.birthYear|registry.imports.yearNotNumber",
                        "Thành viên|4|registry.imports.column.sex|registry.imports.unknownLabel",
                        "Thành viên|4|registry.imports.column.targetGroup|registry.imports.unknownLabel",
                        "Thành viên|4|registry.imports.column.relation|registry.imports.severalHeads",
                        "Thành viên|5|registry.imports.column.relation|registry.imports.unknownLabel",
                        "Hộ gia đình|5|registry.imports.column.relation|registry.imports.noHead",
                        "Thành viên|6|registry.imports.column.householdCode|registry.imports.householdNotListed");
        assertThat(file.problems().listed()).filteredOn(p -> p.key().endsWith("birthYearImpossible"))
                .singleElement().extracting(Problem::args).asList().startsWith("1850", "1900");
    }

    @Test
    void wrongSheetNamesSayWhichSheetsWereExpected() {
        var sheets = new LinkedHashMap<String, List<List<String>>>();
        sheets.put("Sheet1", List.of(List.of("x")));
        sheets.put("Sheet2", List.of(List.of("y")));
        assertRefused(() -> parse(ImportKind.HOUSEHOLDS, "ho.xlsx", ImportFiles.xlsx(sheets)),
                "registry.imports.wrongSheets", "Hộ gia đình, Thành viên", "Sheet1, Sheet2");
    }

    @Test
    void aMergedHeaderCellIsNamed() {
        var header = new java.util.ArrayList<>(ImportFiles.HOUSEHOLD_HEADER);
        header.set(1, null);
        var sheets = new LinkedHashMap<String, List<List<String>>>();
        sheets.put("Hộ gia đình", List.of(header));
        sheets.put("Thành viên", List.of(ImportFiles.MEMBER_HEADER));
        assertRefused(() -> parse(ImportKind.HOUSEHOLDS, "ho.xlsx", ImportFiles.xlsx(sheets)),
                "registry.imports.headerBlank", "Hộ gia đình", 1, 2);
    }

    @Test
    void unreadableFilesEndInAClearMessage() {
        byte[] valid = twoSheets(List.of(HOUSEHOLD), List.of());
        assertRefused(() -> parse(ImportKind.HOUSEHOLDS, "ho.xlsx", new byte[0]), "registry.imports.emptyFile");
        assertRefused(() -> parse(ImportKind.HOUSEHOLDS, "ho.xlsx", new byte[] {1, 2, 3, 4, 5}),
                "registry.imports.notExcel");
        assertRefused(() -> parse(ImportKind.HOUSEHOLDS, "ho.xlsx", Arrays.copyOf(valid, valid.length / 2)),
                "registry.imports.notExcel");
        assertRefused(() -> parse(ImportKind.HOUSEHOLDS, "ho.xlsx", ImportFiles.zipBomb()), "registry.imports.zipBomb");
        byte[] windows = "Mã thôn;Mã hộ\n22969-008;Hộ Đông\n".getBytes(Charset.forName("windows-1258"));
        assertRefused(() -> parse(ImportKind.HOUSEHOLDS, "ho.csv", windows), "registry.imports.csvNotUtf8");
        assertRefused(() -> parse(ImportKind.HOUSEHOLDS, "ho.xlsx", twoSheets(List.of(HOUSEHOLD), List.of())),
                "registry.imports.noRows", "Thành viên");
    }

    /** Found by the fuzz test: an entry marked zstd (method 93) made POI reach for a codec that is not there. */
    @Test
    void aZipWithAnEntryCompressedOtherThanExcelDoesIsRefused() {
        byte[] valid = twoSheets(List.of(HOUSEHOLD),
                List.of(List.of("22969-008", "001", "Nguyễn Văn An", "1975", "Nam", "Chủ hộ", "", "", "")));
        byte[] zstdEverywhere = ImportFiles.withFirstEntryMethod(valid, 93, true);
        byte[] zstdLocalNoDirectory = ImportFiles.withFirstEntryMethod(valid, 93, false);
        assertRefused(() -> parse(ImportKind.HOUSEHOLDS, "ho.xlsx", zstdEverywhere), "registry.imports.notExcel");
        assertRefused(() -> parse(ImportKind.HOUSEHOLDS, "ho.xlsx", zstdLocalNoDirectory),
                "registry.imports.notExcel");
        assertThat(parse(ImportKind.HOUSEHOLDS, "ho.xlsx", valid).problems().total()).isZero();
    }

    @Test
    void aCellLongerThanTheLimitIsAProblemNotAFailure() {
        var file = parse(ImportKind.HOUSEHOLDS, "ho.xlsx", twoSheets(
                List.of(List.of("22969-008", "001", "x".repeat(5_000), "", "", "")),
                List.of(List.of("22969-008", "001", "Nguyễn Văn An", "1975", "Nam", "Chủ hộ", "", "", ""))));
        assertThat(file.problems().listed()).extracting(Problem::key, Problem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("registry.imports.cellTooLong",
                        "registry.imports.column.address"));
    }

    private static void assertRefused(Runnable action, String key, Object... args) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInput.class, refused -> {
            assertThat(refused.messageKey()).isEqualTo(key);
            assertThat(refused.arguments()).containsExactly(args);
        });
    }
}
