package vn.khuyenhoc.geography.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khuyenhoc.geography.imports.ParserAssertions.assertRefused;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.khuyenhoc.geography.UnitKind;

class BeforeReformParserTests {

    private static final String MAP = """
            {"data":[{"level1_id":"60","name":"Tỉnh Bình Thuận","type":"Tỉnh","level2s":[
              {"level2_id":"595","name":"Huyện Tuy Phong","type":"Huyện","level3s":[
                {"level3_id":"22969","name":"Thị trấn Liên Hương","type":"Thị trấn"}]}]}]}""";

    @Test
    void readsProvincesDistrictsAndCommunesParentsFirstValidUntilTheReform() {
        var records = BeforeReformParser.parse(MAP.getBytes(StandardCharsets.UTF_8));

        assertThat(records).extracting(UnitRecord::code, UnitRecord::kind, UnitRecord::parentCode, UnitRecord::typeName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("60", UnitKind.PROVINCE, null, "Tỉnh"),
                        org.assertj.core.groups.Tuple.tuple("595", UnitKind.DISTRICT, "60", "Huyện"),
                        org.assertj.core.groups.Tuple.tuple("22969", UnitKind.COMMUNE, "595", "Thị trấn"));
        assertThat(records.get(2).name()).isEqualTo("Thị trấn Liên Hương");
        assertThat(records.get(2).range()).isEqualTo(DateRange.BEFORE_REFORM);
        assertThat(records.get(2).where().text()).isEqualTo("data[0].level2s[0].level3s[0]");
    }

    @Test
    void aMissingFieldNamesThePathAndCodeOfTheRecord() {
        String noType = MAP.replace(",\"type\":\"Thị trấn\"", "");

        assertRefused(() -> BeforeReformParser.parse(noType.getBytes(StandardCharsets.UTF_8)), "missingField",
                "data[0].level2s[0].level3s[0]", "22969");
    }

    @Test
    void aMissingListAndBrokenJsonAreRefused() {
        assertRefused(() -> BeforeReformParser.parse("{\"rows\":[]}".getBytes(StandardCharsets.UTF_8)),
                "missingField", "$", null);
        assertRefused(() -> BeforeReformParser.parse("{\"data\":[\n{\"level1_id\": }".getBytes(StandardCharsets.UTF_8)),
                "badJson", "2", null);
        assertRefused(() -> BeforeReformParser.parse(new byte[0]), "empty", "1", null);
    }
}
