package vn.khuyenhoc.geography.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.geography.ImportFormat;
import vn.khuyenhoc.geography.ImportPreview;
import vn.khuyenhoc.geography.MapImports;

/**
 * Villages follow their commune: on a small map beside the demo one, Xã Phan Dũng (22975) is split between
 * Xã Liên Hương and Xã Tuy Phong, and Xã Phong Phú (22978) links to a code the new map lacks until an
 * administrator resolves it.
 */
@IntegrationTest
@Transactional
class LineageVillagesIntegrationTests {

    private static final String BEFORE = """
            {"data":[{"level1_id":"60","name":"Tỉnh Bình Thuận","type":"Tỉnh","level2s":[
              {"level2_id":"595","name":"Huyện Tuy Phong","type":"Huyện","level3s":[
                {"level3_id":"22975","name":"Xã Phan Dũng","type":"Xã"},
                {"level3_id":"22978","name":"Xã Phong Phú","type":"Xã"}]}]}]}""";
    private static final String AFTER = """
            [{"Code":"68","Name":"Lâm Đồng","FullName":"Tỉnh Lâm Đồng","AdministrativeUnitShortName":"Tỉnh","Wards":[
              {"Code":"22969","Name":"Liên Hương","FullName":"Xã Liên Hương","ProvinceCode":"68","AdministrativeUnitShortName":"Xã"},
              {"Code":"22990","Name":"Tuy Phong","FullName":"Xã Tuy Phong","ProvinceCode":"68","AdministrativeUnitShortName":"Xã"}]}]""";
    private static final String VILLAGES = """
            code,name,kind,parent_code,valid_from,valid_to
            22975-001,Thôn 1,Thôn,22975,,
            22975-002,Thôn 2,Thôn,22975,,
            22978-001,Thôn Một,Thôn,22978,,
            """;
    private static final String LINEAGE = """
            {"data":[
              {"level1_id":"60","name":"Tỉnh Bình Thuận","splits":[{"new_id":"68"}],"level3s":[
                {"level3_id":"22975","name":"Xã Phan Dũng","splits":[{"new_id":"22969"},{"new_id":"22990"}]},
                {"level3_id":"22978","name":"Xã Phong Phú","splits":[{"new_id":"22777"}]}]},
              {"level1_id":"67","name":"Tỉnh Đắk Nông","splits":[{"new_id":"68"}],"level3s":[]},
              {"level1_id":"68","name":"Tỉnh Lâm Đồng","splits":[{"new_id":"68"}],"level3s":[]}]}""";
    @Autowired
    MapImports imports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    ImportPreview lineage;

    @BeforeEach
    void importTheSmallMap() {
        load(ImportFormat.UNITS_BEFORE_REFORM, BEFORE);
        load(ImportFormat.UNITS_AFTER_REFORM, AFTER);
        load(ImportFormat.UNITS_CSV, VILLAGES);
        lineage = load(ImportFormat.LINEAGE_2025, LINEAGE);
    }

    @Test
    void theVillagesOfASplitCommuneGoOnTheWorkListAndStayWhereTheyAre() {
        assertThat(jdbc.sql("""
                select v.code from geo_village_placement p
                join geo_unit_version v on v.unit_id = p.village_id and v.valid_from is null
                join geo_unit_version c on c.unit_id = p.from_unit_id
                where c.code = '22975' and p.effective_date = date '2025-07-01' and p.placed_in is null""")
                .query(String.class).list()).containsExactlyInAnyOrder("22975-001", "22975-002");
        assertThat(parentsOf("22975-001")).containsExactly("22975 from null");
        assertThat(linksFrom("22975")).containsExactlyInAnyOrder("22969 SPLIT", "22990 SPLIT");
        assertThat(lineage.counts().villagesToPlace()).isEqualTo(2);
        assertThat(lineage.counts().villagesMoved()).isZero();
    }

    @Test
    void resolvingALinkToAnUnknownCodeLinksTheChosenUnitAndMovesTheVillages() throws Exception {
        long item = jdbc.sql("""
                select id from geo_set_aside where reason = 'UNKNOWN_SUCCESSOR' and code = '22978' and missing_code = '22777'""")
                .query(Long.class).single();
        long tuyPhong = unitId("22990");

        mvc.perform(post("/geography/set-aside/{id}/resolve", item).param("unitId", String.valueOf(tuyPhong))
                        .param("note", "mã 22777 là Xã Tuy Phong").cookie(admin()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/geography/set-aside"));

        assertThat(linksFrom("22978")).containsExactly("22990 MERGE");
        assertThat(parentsOf("22978-001")).containsExactly("22978 from null", "22990 from 2025-07-01");
        assertThat(jdbc.sql("select resolution from geo_set_aside where id = :id").param("id", item)
                .query(String.class).single()).isEqualTo("22978 → 22990 (MERGE) · mã 22777 là Xã Tuy Phong");
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where entity = 'set-aside' and entity_id = :id and action = 'resolve'""")
                .param("id", item).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theSetAsidePageOffersUnitsForTheSearchedItemOnly() throws Exception {
        long item = jdbc.sql("select id from geo_set_aside where code = '22978' and missing_code = '22777'")
                .query(Long.class).single();

        String page = mvc.perform(get("/geography/set-aside").param("item", String.valueOf(item)).param("q", "tuy phong")
                        .cookie(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Xã Phong Phú", "mã không có: 22777");
        assertThat(page.split("name=\"unitId\" value=\"" + unitId("22990") + "\"", -1)).hasSize(2);
    }

    @Test
    void aLinkEnteredByHandKeepsTheChosenKindAndShare() throws Exception {
        long phanDung = unitId("22975");
        long lienHuong = unitId("22969");
        jdbc.sql("delete from geo_lineage where predecessor_id = :p and successor_id = :s")
                .param("p", phanDung).param("s", lienHuong).update();

        mvc.perform(post("/geography/lineage/new").param("predecessorId", String.valueOf(phanDung))
                        .param("successorId", String.valueOf(lienHuong)).param("effectiveDate", "2025-07-01")
                        .param("kind", "SPLIT").param("share", "0.4").cookie(admin()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/geography/units/" + lienHuong));

        assertThat(jdbc.sql("""
                select kind || ' ' || share from geo_lineage where predecessor_id = :p and successor_id = :s""")
                .param("p", phanDung).param("s", lienHuong).query(String.class).single()).isEqualTo("SPLIT 0.4000");
    }

    @Test
    void theCommitIsOneAuditEntryWithEveryUnitItTouched() {
        var entries = jdbc.sql("""
                select array_to_string(affected_ids, ',') from audit_entry where entity = 'import' and entity_id = :id""")
                .param("id", lineage.importId()).query(String.class).list();

        assertThat(entries).hasSize(1);
        // the two links of Phan Dũng, and its two villages put on the work list; the province link was there already
        assertThat(List.of(entries.get(0).split(","))).map(Long::valueOf).containsExactlyInAnyOrder(
                unitId("22975"), unitId("22969"), unitId("22990"), villageId("22975-001"), villageId("22975-002"));
    }

    private ImportPreview load(ImportFormat format, String content) {
        var preview = imports.preview(format, format + ".txt", content.getBytes(StandardCharsets.UTF_8));
        return imports.commit(preview.importId());
    }

    private Cookie admin() throws Exception {
        return mvc.perform(formLogin("/login").user("admin").password("khuyenhoc")).andReturn().getResponse()
                .getCookie("SESSION");
    }

    private long unitId(String code) {
        return jdbc.sql("select distinct unit_id from geo_unit_version where code = :code and kind = 'COMMUNE'")
                .param("code", code).query(Long.class).single();
    }

    private long villageId(String code) {
        return jdbc.sql("select distinct unit_id from geo_unit_version where code = :code and kind = 'VILLAGE'")
                .param("code", code).query(Long.class).single();
    }

    private List<String> parentsOf(String village) {
        return jdbc.sql("""
                select p.code || ' from ' || coalesce(v.valid_from::text, 'null') from geo_unit_version v
                join lateral (select code from geo_unit_version where unit_id = v.parent_id limit 1) p on true
                where v.code = :code order by v.valid_from nulls first""")
                .param("code", village).query(String.class).list();
    }

    private List<String> linksFrom(String code) {
        return jdbc.sql("""
                select s.code || ' ' || l.kind from geo_lineage l
                join lateral (select code from geo_unit_version where unit_id = l.successor_id limit 1) s on true
                where l.predecessor_id = (select distinct unit_id from geo_unit_version where code = :code and kind = 'COMMUNE')""")
                .param("code", code).query(String.class).list();
    }
}
