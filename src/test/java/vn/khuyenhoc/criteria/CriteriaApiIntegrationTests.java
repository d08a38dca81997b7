package vn.khuyenhoc.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.accounts.TestSessions;

/** The criteria API: scoring a sheet with the reasons in Vietnamese, the exchange file out and back in, pages. */
@IntegrationTest
@Transactional
class CriteriaApiIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    long bundled(String code) {
        return jdbc.sql("select id from criteria_set where code = :c and version = 1").param("c", code)
                .query(Long.class).single();
    }

    @Test
    void aSheetWithOneIndexAtFourIsNotAchievedAndTheAnswerSaysWhyInVietnamese() throws Exception {
        var officer = TestSessions.signIn(mvc, "xa.lienhuong", TestAccounts.PASSWORD);
        String sheet = """
                {"points": {"1": 10, "2": 10, "3": 10, "4": 10, "5": 10, "6": 10, "7": 10, "8": 10, "9": 6, "10": 4}}""";

        mvc.perform(post("/api/v1/criteria/sets/{id}/score", bundled("CDHT-244-2022")).with(officer).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(sheet))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assessment.achieved").value(false))
                .andExpect(jsonPath("$.assessment.total").value(90))
                .andExpect(jsonPath("$.assessment.reasons[0].key").value("criteria.reason.indicatorBelowMinimum"))
                .andExpect(jsonPath("$.why[0]").value("Chỉ số 10 chỉ được 4 điểm, dưới mức tối thiểu 5 điểm."));
    }

    @Test
    void pointsAboveAnIndicatorsMaximumAreAProblemNamingTheIndicator() throws Exception {
        var officer = TestSessions.signIn(mvc, "xa.lienhuong", TestAccounts.PASSWORD);

        mvc.perform(post("/api/v1/criteria/sets/{id}/score", bundled("GDHT-448-2015")).with(officer).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"points\": {\"1.2\": 12.5}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Điểm của 1.2 là 12,5, nằm ngoài khoảng từ 0 đến 10."));
    }

    @Test
    void anExportedFileImportsBackAsADraftOfTheProvince() throws Exception {
        var province = TestSessions.signIn(mvc, "tinh.lamdong", TestAccounts.PASSWORD);
        String file = mvc.perform(get("/api/v1/criteria/sets/{id}/export", bundled("DVHT-TT24-2023")).with(province))
                .andExpect(status().isOk()).andExpect(jsonPath("$.format").value("khuyenhoc-criteria/1"))
                .andReturn().getResponse().getContentAsString();
        long lamDong = jdbc.sql("select unit_id from geography_unit_current where code = '68'").query(Long.class).single();

        String created = mvc.perform(post("/api/v1/criteria/sets/import").param("owner", String.valueOf(lamDong))
                        .with(province).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(file))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll("\\D", ""));

        mvc.perform(get("/api/v1/criteria/sets/{id}", id).with(province))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.ownerUnitId").value(lamDong))
                .andExpect(jsonPath("$.content.version").value(2))
                .andExpect(jsonPath("$.content.criteria[0].indicators[1].threshold").value(95));
    }

    @Test
    void aHandWrittenFileImportsAndOneWithAnIndicatorWithoutTextIsRefusedNamingIt() throws Exception {
        var admin = TestSessions.signIn(mvc, "admin", TestAccounts.PASSWORD);
        String file = """
                {"format": "khuyenhoc-criteria/1", "title": "TTHTCD", "code": "API-TTHTCD", "version": 1,
                 "name": "Xếp loại TTHTCĐ thử", "rule": {"style": "LEVELS", "levels": 1},
                 "criteria": [{"text": "Hoạt động", "indicators": [{"text": "%s", "measure": "PASS_FAIL"}]}]}""";

        mvc.perform(post("/api/v1/criteria/sets/import").with(admin).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(file.formatted("Có lớp học")))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/criteria/sets/import").with(admin).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(file.formatted(" ")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Mục 1.1 chưa có nội dung."));
    }

    @Test
    void theListPageShowsTheBundledSetsAndTheDetailPageTheirRuleAndTree() throws Exception {
        var viewer = TestSessions.signIn(mvc, "kp8.lienhuong", TestAccounts.PASSWORD);

        String list = mvc.perform(get("/criteria/sets").param("title", "GIA_DINH").with(viewer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String detail = mvc.perform(get("/criteria/sets/{id}", bundled("DVHT-TT22-2020")).with(viewer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(list).contains("Gia đình học tập (Quyết định 448/QĐ-KHVN)").doesNotContain("Thông tư 22/2020");
        assertThat(detail).contains("Tốt: ≥ 85", "Khá: ≥ 70", "Trung bình: ≥ 50", "22/2020/TT-BGDĐT")
                .doesNotContain("id=\"set-edit\"");
    }

    @Test
    void theApiDocumentListsTheCriteriaEndpoints() throws Exception {
        var officer = TestSessions.signIn(mvc, "admin", TestAccounts.PASSWORD);

        String document = mvc.perform(get("/api/v1/openapi").with(officer)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(document).contains("/api/v1/criteria/sets/{id}/score", "/api/v1/criteria/sets/import",
                "/api/v1/criteria/sets/{id}/export", "/api/v1/criteria/sets/in-force");
    }

    @Test
    void theExcelExportIsASpreadsheet() throws Exception {
        var officer = TestSessions.signIn(mvc, "xa.lienhuong", TestAccounts.PASSWORD);

        mvc.perform(get("/criteria/sets/{id}/export.xlsx", bundled("GDHT-448-2015")).with(officer))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        mvc.perform(get("/api/v1/criteria/sets").param("title", "CONG_DAN").with(officer))
                .andExpect(jsonPath("$[*].code", hasItem("CDHT-244-2022-VKK")));
    }
}
