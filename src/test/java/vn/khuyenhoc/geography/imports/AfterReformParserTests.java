package vn.khuyenhoc.geography.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khuyenhoc.geography.imports.ParserAssertions.assertRefused;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.khuyenhoc.geography.UnitKind;

class AfterReformParserTests {

    private static final String MAP = """
            [{"Code":"68","Name":"Lâm Đồng","FullName":"Tỉnh Lâm Đồng","AdministrativeUnitShortName":"Tỉnh","Wards":[
              {"Code":"22969","Name":"Liên Hương","FullName":"Xã Liên Hương","ProvinceCode":"68",
               "AdministrativeUnitShortName":"Xã"}]}]""";

    @Test
    void readsProvincesAndCommunesByFullNameValidFromTheReform() {
        var records = AfterReformParser.parse(MAP.getBytes(StandardCharsets.UTF_8));

        assertThat(records).hasSize(2);
        assertThat(records.get(0).kind()).isEqualTo(UnitKind.PROVINCE);
        assertThat(records.get(1).name()).isEqualTo("Xã Liên Hương");
        assertThat(records.get(1).typeName()).isEqualTo("Xã");
        assertThat(records.get(1).parentCode()).isEqualTo("68");
        assertThat(records.get(1).parentKind()).isEqualTo(UnitKind.PROVINCE);
        assertThat(records.get(1).range()).isEqualTo(DateRange.AFTER_REFORM);
    }

    @Test
    void aCommuneFiledUnderAnotherProvinceIsRefused() {
        assertRefused(() -> AfterReformParser.parse(MAP.replace("\"ProvinceCode\":\"68\"", "\"ProvinceCode\":\"79\"")
                .getBytes(StandardCharsets.UTF_8)), "provinceMismatch", "[0].Wards[0]", "22969");
    }

    @Test
    void aProvinceWithoutItsListOfCommunesIsRefused() {
        String noWards = "[{\"Code\":\"68\",\"FullName\":\"Tỉnh Lâm Đồng\",\"AdministrativeUnitShortName\":\"Tỉnh\"}]";

        assertRefused(() -> AfterReformParser.parse(noWards.getBytes(StandardCharsets.UTF_8)), "missingField", "[0]", "68");
    }
}
