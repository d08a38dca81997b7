package vn.khuyenhoc.geography.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.geography.ImportFormat;
import vn.khuyenhoc.geography.ImportPreview;
import vn.khuyenhoc.geography.MapImports;
import vn.khuyenhoc.shared.InvalidInput;

/** The CSV of villages and local changes on the demo map: bad files are refused whole, naming the line. */
@IntegrationTest
@Transactional
class UnitsCsvImportIntegrationTests {

    private static final String HEADER = "code,name,kind,parent_code,valid_from,valid_to\n";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    @Autowired
    MapImports imports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MessageSource messages;

    @Test
    void aMalformedCsvIsRefusedNamingTheLine() {
        assertRefused(HEADER + "22969-015,Khu phố 15,Khu phố,22969,,\n22969-016,\"Khu phố 16,Khu phố,22969,,\n",
                "Dòng 3: dấu ngoặc kép không khớp.");
        assertRefused(HEADER + "22969-015,Khu phố 15,Khu phố,22969\n", "Dòng 2: cần 6 cột nhưng có 4.");
        assertRefused("code;name;kind\n", "Dòng 1: dòng tiêu đề phải là");
    }

    @Test
    void anUnknownParentCodeIsRefusedNamingTheLine() {
        assertRefused(HEADER + "22969-015,Khu phố 15,Khu phố,22969,,\n99999-001,Thôn 1,Thôn,99999,,\n",
                "Dòng 3: không có đơn vị cấp trên mã 99999");
    }

    @Test
    void aParentThatIsNotValidWhenTheRowStartsIsRefused() {
        // Thị trấn Nhà Bè closed on 30/06/2025: nothing can be placed under it in 2026
        assertRefused(HEADER + "27643-009,Khu phố 9,Khu phố,27643,2026-01-01,\n",
                "Dòng 2: không có đơn vị cấp trên mã 27643 còn hiệu lực trong khoảng 01/01/2026 – …");
    }

    @Test
    void aCycleOfParentsIsRefusedNamingTheLine() {
        assertRefused(HEADER + "T1,Thôn Một,Thôn,T2,,\nT2,Thôn Hai,Thôn,T1,,\n",
                "Dòng 2: đơn vị cấp trên tạo thành vòng lặp: T1 → T2 → T1.");
    }

    @Test
    void overlappingRangesOfOneUnitAreRefusedNamingTheLine() {
        assertRefused(HEADER + "22969-015,Khu phố 15,Khu phố,22969,2020-01-01,2024-12-31\n"
                        + "22969-015,Khu phố Mười Lăm,Khu phố,22969,2024-06-01,\n",
                "Dòng 3: khoảng hiệu lực 01/06/2024 – … của mã 22969-015 trùng với Dòng 2 (01/01/2020 – 31/12/2024).");
        // Khu phố 1 is stored with an open range: a row for part of it overlaps the stored version in part
        assertRefused(HEADER + "22969-001,Khu phố Một,Khu phố,22969,2024-01-01,\n",
                "Dòng 2: khoảng hiệu lực 01/01/2024 – … của mã 22969-001 trùng một phần với phiên bản đã lưu (… – …).");
    }

    @Test
    void aBadDateIsRefusedNamingTheLine() {
        assertRefused(HEADER + "22969-015,Khu phố 15,Khu phố,22969,31/02/2024,\n",
                "Dòng 2: ngày “31/02/2024” không hợp lệ");
        assertRefused(HEADER + "22969-015,Khu phố 15,Khu phố,22969,2025-07-01,2025-01-01\n",
                "Dòng 2: ngày bắt đầu sau ngày kết thúc");
    }

    @Test
    void decomposedTextStraySpacesQuotesAndAByteOrderMarkAreNormalised() {
        String decomposed = Normalizer.normalize("Khu  phố   16 ", Normalizer.Form.NFD);
        String csv = "\uFEFF" + HEADER + "22969-016,\"" + decomposed + "\", khu pho ,22969, 01/01/2026 ,\n"
                + "22969-017,\"Tổ 17, \"\"mới\"\"\",Tổ dân phố,22969,,\n";

        var preview = imports.preview(ImportFormat.UNITS_CSV, "villages.csv", csv.getBytes(StandardCharsets.UTF_8));
        imports.commit(preview.importId());

        assertThat(jdbc.sql("""
                select name || '|' || type_name || '|' || name_folded || '|' || valid_from from geo_unit_version
                where code = '22969-016'""").query(String.class).single())
                .isEqualTo("Khu phố 16|Khu phố|khu pho 16|2026-01-01");
        assertThat(jdbc.sql("select name from geo_unit_version where code = '22969-017'").query(String.class).single())
                .isEqualTo("Tổ 17, \"mới\"");
    }

    @Test
    void importingTheDemoVillagesAgainChangesNothingEvenAfterTheyMoved() throws Exception {
        byte[] demo = new ClassPathResource("demo/villages.csv").getContentAsByteArray();

        ImportPreview again = imports.preview(ImportFormat.UNITS_CSV, "villages.csv", demo);

        assertThat(again.counts().created()).isZero();
        assertThat(again.counts().changed()).isZero();
        assertThat(again.counts().unchanged()).isEqualTo(23);
    }

    @Test
    void aCityIsAProvinceAtTheTopAndADistrictUnderAProvince() {
        String csv = HEADER + "99,Thành phố Thử,Thành phố,,,\n998,Thành phố Con,Thành phố,99,,\n";

        imports.commit(imports.preview(ImportFormat.UNITS_CSV, "cities.csv", csv.getBytes(StandardCharsets.UTF_8))
                .importId());

        assertThat(jdbc.sql("select code || ' ' || kind from geo_unit_version where code in ('99', '998') order by code")
                .query(String.class).list()).containsExactly("99 PROVINCE", "998 DISTRICT");
    }

    @Test
    void aRenamedVillageGetsItsStoredVersionUpdated() {
        String csv = HEADER + "22969-008,Khu phố Tám,Khu phố,22969,,\n";

        var preview = imports.preview(ImportFormat.UNITS_CSV, "rename.csv", csv.getBytes(StandardCharsets.UTF_8));
        imports.commit(preview.importId());

        assertThat(preview.counts().changed()).isEqualTo(1);
        assertThat(preview.changes().get(0).detailKey()).isEqualTo("geography.import.detail.updated");
        assertThat(jdbc.sql("select name from geo_unit_version where code = '22969-008'").query(String.class).single())
                .isEqualTo("Khu phố Tám");
    }

    private void assertRefused(String csv, String messageStart) {
        long versions = count("geo_unit_version");
        long uploads = count("geo_import");
        assertThatThrownBy(() -> imports.preview(ImportFormat.UNITS_CSV, "bad.csv", csv.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(
                        messages.getMessage(refused.messageKey(), refused.arguments(), VIETNAMESE))
                        .startsWith(messageStart));
        assertThat(count("geo_unit_version")).isEqualTo(versions);
        assertThat(count("geo_import")).isEqualTo(uploads);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
