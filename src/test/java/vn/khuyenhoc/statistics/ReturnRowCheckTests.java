package vn.khuyenhoc.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.khuyenhoc.criteria.Title;

class ReturnRowCheckTests {

    static final List<String> COLUMNS = List.of("A", "B", "C", "D", "E", "F", "G", "H");
    final Map<String, ReturnRowCheck.Area> areas = Map.of(
            "X-001", new ReturnRowCheck.Area(11, "Ấp Một", true),
            "Y-001", new ReturnRowCheck.Area(22, "Ấp Ngoài", false));
    final ReturnRowCheck check = new ReturnRowCheck(areas::get,
            t -> t.equalsIgnoreCase("GIA_DINH") ? Title.GIA_DINH : null, COLUMNS, 2026);

    @Test
    void aCleanRowBecomesAReturnWithItsPrintedRateAsTyped() {
        var upload = check.of(List.of(row(2, "X-001", "ấp một", "2019", "GIA_DINH", "7862", "7000", "5557", "70,68%")));

        assertThat(upload.problems()).isEmpty();
        assertThat(upload.returns()).containsExactly(
                new ReturnForm(11L, 2019, Title.GIA_DINH, 7862L, 7000L, 5557L, "70,68%"));
        assertThat(upload.clean()).isTrue();
    }

    @Test
    void aRowWithOnlyItsAreaAndYearIsLeftOutAsTheTemplateComes() {
        var upload = check.of(List.of(row(2, "X-001", "Ấp Một", "2019", "", "", "", "", "")));

        assertThat(upload.rows()).isEmpty();
        assertThat(upload.clean()).isFalse();
    }

    @Test
    void everyProblemIsListedByRowAndColumn() {
        var upload = check.of(List.of(
                row(2, "Z-404", "", "1999", "Gia đình văn hóa", "-5", "12.5", "", "năm mươi"),
                row(3, "Y-001", "Ấp Ngoài", "2030", "GIA_DINH", "10", "20", "30", "101%"),
                row(4, "X-001", "Ấp Hai", "2019", "GIA_DINH", "10", "5", "5", "50")));

        assertThat(upload.problems()).extracting(p -> p.row() + p.column() + " " + p.key().substring(23))
                .containsExactly(
                        "2A unknownArea", "2C yearRange", "2D unknownTitle", "2E negative", "2F notWhole",
                        "2G noCount", "2H notARate",
                        "3A outsideArea", "3C yearRange", "3G recognisedAboveRegistered",
                        "3F registeredAboveSubjects", "3H notARate",
                        "4B nameDiffers");
        assertThat(upload.problems().get(1).args()).containsExactly("1999", "2000", "2026");
        assertThat(upload.returns()).isEmpty();
        assertThat(upload.clean()).isFalse();
    }

    @Test
    void theSameAreaYearAndTitleTwiceIsAProblemOnTheSecondRow() {
        var upload = check.of(List.of(row(2, "X-001", "", "2019", "GIA_DINH", "10", "5", "5", ""),
                row(7, "X-001", "", "2019", "gia_dinh", "10", "6", "6", "")));

        assertThat(upload.problems()).singleElement()
                .satisfies(p -> assertThat(p.row() + p.key()).isEqualTo("7statistics.returnSheet.duplicate"));
        assertThat(upload.returns()).hasSize(1);
    }

    private static ReturnRow row(int n, String... cells) {
        return new ReturnRow(n, cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells[6], cells[7]);
    }
}
