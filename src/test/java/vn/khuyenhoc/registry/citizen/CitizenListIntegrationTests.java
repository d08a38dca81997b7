package vn.khuyenhoc.registry.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.accounts.TestSessions;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.registry.ErasureReason;
import vn.khuyenhoc.registry.Persons;
import vn.khuyenhoc.registry.RegistryFixtures;
import vn.khuyenhoc.registry.Relation;
import vn.khuyenhoc.registry.TargetGroup;

/**
 * The citizens list, on a household and a school of Xã Nhà Bè made for the test (in Ấp 2, where the demo has
 * no residents; the demo's Nhà Bè staff are told apart by full name): adults only, current members only, Vietnamese order by given name, filters and the Excel export.
 */
@IntegrationTest
@Transactional
class CitizenListIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    RegistryFixtures fixtures;
    RequestPostProcessor admin;
    long village;
    long an;
    @Autowired Persons persons;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;

    @BeforeEach
    void aHouseholdOfFiveAdultsAChildAndOneWhoLeft() throws Exception {
        fixtures = new RegistryFixtures(jdbc);
        village = fixtures.unit("27655-002");
        long household = fixtures.household("27655-002", "L-HH", null);
        member(household, "Đặng Văn Đức", 1960, TargetGroup.WORKER, Relation.HEAD);
        member(household, "Vũ Thị Dung", 1962, TargetGroup.OTHER, Relation.SPOUSE);
        member(household, "Nguyễn Thị Ánh", 1985, TargetGroup.WORKER, Relation.CHILD);
        member(household, "Lê Văn Bình", 1983, TargetGroup.FARMER, Relation.CHILD_IN_LAW);
        an = member(household, "Trần Văn An", 1984, TargetGroup.FARMER, Relation.CHILD);
        member(household, "Đặng Minh Khôi", LocalDate.now().getYear() - 10, null, Relation.GRANDCHILD);
        long left = fixtures.person("Đặng Thị Hà", 1990, TargetGroup.WORKER);
        fixtures.member(household, left, Relation.CHILD);
        jdbc.sql("update reg_member set left_on = :on where person_id = :p").param("on", LocalDate.now().minusDays(1))
                .param("p", left).update();
        long school = fixtures.organisation("27655", "L-ORG", "Trường Tiểu học Nhà Bè Thử");
        fixtures.staff(school, fixtures.person("Phan Thị Giang", 1995, TargetGroup.OFFICIAL), "Giáo viên");
        admin = TestSessions.signIn(mvc, "admin", TestAccounts.PASSWORD);
    }

    @Test
    void theListShowsTheCurrentAdultMembersInVietnameseOrderOfGivenNames() throws Exception {
        assertThat(names(list().param("unit", String.valueOf(village))))
                .containsExactly("Trần Văn An", "Nguyễn Thị Ánh", "Lê Văn Bình", "Vũ Thị Dung", "Đặng Văn Đức");
    }

    /** An erased person keeps their place in the counts but loses the name: listed last, after every name. */
    @Test
    void anErasedPersonComesLastWithoutAName() throws Exception {
        new TestAccounts(jdbc, accounts, users).signIn("admin");
        persons.erase(an, ErasureReason.REQUEST);

        assertThat(names(list().param("unit", String.valueOf(village))))
                .containsExactly("Nguyễn Thị Ánh", "Lê Văn Bình", "Vũ Thị Dung", "Đặng Văn Đức", "");
    }

    @Test
    void filtersNarrowByTargetGroupSourceAndNameWithoutDiacritics() throws Exception {
        assertThat(names(list().param("unit", String.valueOf(village)).param("targetGroup", "FARMER")))
                .containsExactly("Trần Văn An", "Lê Văn Bình");
        assertThat(names(list().param("unit", String.valueOf(village)).param("q", "DUC")))
                .containsExactly("Đặng Văn Đức");
        assertThat(names(list().param("unit", String.valueOf(fixtures.unit("27655"))).param("source", "ORGANISATION")
                .param("q", "phan thi giang"))).containsExactly("Phan Thị Giang");
        assertThat(names(list().param("unit", String.valueOf(village)).param("source", "ORGANISATION"))).isEmpty();
    }

    @Test
    void theExcelExportHoldsTheListAsFiltered() throws Exception {
        byte[] file = mvc.perform(get("/registry/citizens/export").param("unit", String.valueOf(village))
                        .param("targetGroup", "WORKER").with(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        try (var book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            var sheet = book.getSheetAt(0);
            var text = new DataFormatter();
            assertThat(text.formatCellValue(sheet.getRow(0).getCell(0))).isEqualTo("Họ và tên");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(text.formatCellValue(sheet.getRow(1).getCell(0))).isEqualTo("Nguyễn Thị Ánh");
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1985);
            assertThat(text.formatCellValue(sheet.getRow(1).getCell(2))).isEqualTo("Công nhân, thợ thủ công, lao động tự do");
            assertThat(text.formatCellValue(sheet.getRow(1).getCell(4))).isEqualTo("Ấp 2");
            assertThat(text.formatCellValue(sheet.getRow(2).getCell(0))).isEqualTo("Đặng Văn Đức");
        }
    }

    @Test
    void thePageListsTheSameRowsAndTheHtmxSearchAnswersWithThemAlone() throws Exception {
        String page = mvc.perform(get("/registry/citizens").param("unit", String.valueOf(village)).with(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Trần Văn An", "Đặng Văn Đức", "5 công dân").doesNotContain("Đặng Minh Khôi", "Đặng Thị Hà");

        String rows = mvc.perform(get("/registry/citizens").param("unit", String.valueOf(village)).param("q", "anh")
                .header("HX-Request", "true").with(admin)).andReturn().getResponse().getContentAsString();
        assertThat(rows).contains("Nguyễn Thị Ánh").doesNotContain("<nav class=\"navbar", "Trần Văn An");
    }

    @Test
    void aListOfTensOfThousandsIsCountedOnlyAFewPagesAheadAndSaysSo() throws Exception {
        // The demo commune holds some 20,000 adult members: more than a page plus CitizenQueries.COUNT_AHEAD
        long commune = fixtures.unit("22969");
        String page = mvc.perform(get("/registry/citizens").param("unit", String.valueOf(commune)).with(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Từ 1.050 công dân trở lên");

        String json = mvc.perform(get("/api/v1/citizens").param("unit", String.valueOf(commune)).param("page", "2")
                .with(admin)).andReturn().getResponse().getContentAsString();
        assertThat(json).contains("\"total\":1150", "\"totalCapped\":true");
        assertThat(mvc.perform(get("/api/v1/citizens").param("unit", String.valueOf(village)).with(admin)).andReturn()
                .getResponse().getContentAsString()).contains("\"total\":5", "\"totalCapped\":false");
    }

    @Test
    void thePagerKeepsTheFilterAndStepsOnePageEachWay() throws Exception {
        String page = mvc.perform(get("/registry/citizens").param("source", "HOUSEHOLD").param("page", "1")
                .with(admin)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Trang 2",
                "href=\"/registry/citizens?unit=&amp;source=HOUSEHOLD&amp;targetGroup=&amp;q=&amp;page=0\"",
                "href=\"/registry/citizens?unit=&amp;source=HOUSEHOLD&amp;targetGroup=&amp;q=&amp;page=2\"");
    }

    @Test
    void anOfficerSetsATargetGroupInlineAndTheChangeIsAuditedWithoutTheValue() throws Exception {
        long dung = jdbc.sql("select id from reg_person where full_name = 'Vũ Thị Dung'").query(Long.class).single();

        String fragment = mvc.perform(post("/registry/persons/{id}/target-group", dung).param("targetGroup", "FARMER")
                        .header("HX-Request", "true").with(admin).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(fragment).contains("target-group-" + dung, "Đã lưu").doesNotContain("<html");
        assertThat(jdbc.sql("select target_group from reg_person where id = :id").param("id", dung).query(String.class)
                .single()).isEqualTo("FARMER");
        assertThat(jdbc.sql("select after::text from audit_entry where entity = 'person' and entity_id = :id "
                + "and action = 'target-group'").param("id", dung).query(String.class).single())
                .contains("targetGroup").doesNotContain("FARMER");
    }

    private long member(long household, String name, int birthYear, TargetGroup group, Relation relation) {
        long person = fixtures.person(name, birthYear, group);
        fixtures.member(household, person, relation);
        return person;
    }

    private MockHttpServletRequestBuilder list() {
        return get("/api/v1/citizens").with(admin);
    }

    private List<String> names(MockHttpServletRequestBuilder request) throws Exception {
        JsonNode page = JsonMapper.shared().readTree(mvc.perform(request).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        var names = new ArrayList<String>();
        page.get("rows").forEach(row -> names.add(row.get("fullName").isNull() ? "" : row.get("fullName").asString()));
        return names;
    }
}
