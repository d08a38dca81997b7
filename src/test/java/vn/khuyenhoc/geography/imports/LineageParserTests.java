package vn.khuyenhoc.geography.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khuyenhoc.geography.imports.ParserAssertions.assertRefused;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.khuyenhoc.geography.LineageKind;
import vn.khuyenhoc.geography.UnitKind;

class LineageParserTests {

    private static final String LINKS = """
            {"data":[{"level1_id":"79","name":"Thành phố Hồ Chí Minh","splits":[{"new_id":"79"}],"level3s":[
              {"level3_id":"27643","name":"Thị trấn Nhà Bè","splits":[{"new_id":"27655","name":"Xã Nhà Bè"}]},
              {"level3_id":"06886","name":"Xã Hải Lạng","splits":[{"new_id":"06799"},{"new_id":"06886"},{"new_id":"06886"}]}]}]}""";

    @Test
    void readsTheLinksOfProvincesAndCommunesWithoutRepeatedTargets() {
        var records = LineageParser.parse(LINKS.getBytes(StandardCharsets.UTF_8));

        assertThat(records).extracting(LinkRecord::kind, LinkRecord::oldCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(UnitKind.PROVINCE, "79"),
                        org.assertj.core.groups.Tuple.tuple(UnitKind.COMMUNE, "27643"),
                        org.assertj.core.groups.Tuple.tuple(UnitKind.COMMUNE, "06886"));
        assertThat(records.get(2).targets()).containsExactly("06799", "06886");
    }

    @Test
    void aLinkWithoutTargetCodeIsRefusedNamingTheRecord() {
        String noTarget = LINKS.replace("{\"new_id\":\"27655\",\"name\":\"Xã Nhà Bè\"}", "{\"name\":\"Xã Nhà Bè\"}");

        assertRefused(() -> LineageParser.parse(noTarget.getBytes(StandardCharsets.UTF_8)), "missingField",
                "data[0].level3s[0].splits[0]", null);
    }

    @Test
    void theKindFollowsTheShapeOfTheChange() {
        assertThat(LineageRules.classify(2, 1, false)).isEqualTo(LineageKind.SPLIT);
        assertThat(LineageRules.classify(1, 3, true)).isEqualTo(LineageKind.MERGE);
        assertThat(LineageRules.classify(1, 1, true)).isEqualTo(LineageKind.RENAME);
        assertThat(LineageRules.classify(1, 1, false)).isEqualTo(LineageKind.TRANSFER);
    }
}
