package vn.khuyenhoc.geography.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khuyenhoc.geography.imports.ParserAssertions.assertRefused;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khuyenhoc.geography.UnitKind;

class UnitsCsvParserTests {

    private static final String HEADER = "code,name,kind,parent_code,valid_from,valid_to\r\n";

    private static List<UnitRecord> parse(String csv) {
        return UnitsCsvParser.parse(csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTypeNamesLevelsAndBothDateStyles() {
        var records = parse(HEADER + "22969-001,Khu phố 1,Khu phố,22969,2020-01-01,30/06/2025\r\n"
                + "22969-002,Ấp 2,VILLAGE,22969,,\r\n"
                + "07,Đặc khu Thử,Đặc khu,68,,\r\n");

        assertThat(records).extracting(UnitRecord::kind, UnitRecord::typeName).containsExactly(
                org.assertj.core.groups.Tuple.tuple(UnitKind.VILLAGE, "Khu phố"),
                org.assertj.core.groups.Tuple.tuple(UnitKind.VILLAGE, "Ấp"),
                org.assertj.core.groups.Tuple.tuple(UnitKind.COMMUNE, "Đặc khu"));
        assertThat(records.get(0).range()).isEqualTo(new DateRange(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 6, 30)));
        assertThat(records.get(1).range()).isEqualTo(new DateRange(null, null));
        assertThat(records.get(2).where().text()).isEqualTo("4");
    }

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaksAndTheLineCountStaysRight() {
        var records = parse("\uFEFF" + HEADER + "T1,\"Thôn Một, \"\"Cũ\"\"\",Thôn,22969,,\n"
                + "T2,\"Thôn\nHai\",Thôn,22969,,\nT3,Thôn Ba,Thôn,22969,,\n");

        assertThat(records.get(0).name()).isEqualTo("Thôn Một, \"Cũ\"");
        assertThat(records.get(1).name()).isEqualTo("Thôn Hai");
        assertThat(records.get(2).where().text()).isEqualTo("5");
    }

    @Test
    void aCityIsAProvinceWithoutParentAndADistrictWithOne() {
        var records = parse(HEADER + "99,Thành phố Thử,Thành phố,,,\n998,Thành phố Con,Thành phố,99,,\n");

        assertThat(records).extracting(UnitRecord::kind).containsExactly(UnitKind.PROVINCE, UnitKind.DISTRICT);
    }

    @Test
    void badRowsAreRefusedNamingTheirLine() {
        assertRefused(() -> parse(HEADER + "T1,Thôn Một,Thôn,22969,2024-13-01,\n"), "badDate", "2", null);
        assertRefused(() -> parse(HEADER + "T1,Thôn Một,Phố cổ,22969,,\n"), "unknownKind", "2", null);
        assertRefused(() -> parse(HEADER + "T1,,Thôn,22969,,\n"), "missingField", "2", null);
        assertRefused(() -> parse(HEADER + "T1,Thôn \"Một\",Thôn,22969,,\n"), "csvQuote", "2", null);
        assertRefused(() -> parse(HEADER + "\n\nT1,\"Thôn Một,Thôn,22969,,\n"), "csvQuote", "4", null);
        assertRefused(() -> parse("code,name\n"), "csvHeader", "1", null);
        assertRefused(() -> UnitsCsvParser.parse(new byte[] {(byte) 0xC3, (byte) 0x28}), "notUtf8", "1", null);
    }

    @Test
    void aParentWithoutGapsOrThatClosesCoversARow() {
        var day = LocalDate.of(2025, 6, 30);
        var before = new DateRange(null, day);
        var after = new DateRange(day.plusDays(1), null);

        assertThat(CsvPlanner.livesThrough(List.of(before, after), new DateRange(null, null))).isTrue();
        assertThat(CsvPlanner.livesThrough(List.of(before), new DateRange(null, null))).isTrue();
        assertThat(CsvPlanner.livesThrough(List.of(before, new DateRange(day.plusDays(5), null)),
                new DateRange(null, null))).isFalse();
        assertThat(CsvPlanner.livesThrough(List.of(after), new DateRange(null, null))).isFalse();
    }
}
