package vn.khuyenhoc.registry.household;

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
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.accounts.TestSessions;
import vn.khuyenhoc.registry.Households;

/** The list, its search and export, and the JSON API, on three households of Khu phố 8. */
@IntegrationTest
@Transactional
class HouseholdListIntegrationTests {

    static final String STREET = "Đường Thử Nghiệm";
    @Autowired Households households;
    @Autowired HouseholdQueries queries;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService userDetails;
    @Autowired Accounts accounts;
    HouseholdFixtures fixtures;
    long kp8;

    @BeforeEach
    void threeHouseholds() {
        new TestAccounts(jdbc, accounts, userDetails).signIn("kp8.lienhuong");
        fixtures = new HouseholdFixtures(households, jdbc);
        kp8 = fixtures.village("22969-008");
        fixtures.create("22969-008", "L-1", "Nguyễn Văn Đạt", STREET + " 1", LocalDate.of(2020, 1, 1));
        fixtures.create("22969-008", "L-2", "Trần Thị Dung", STREET + " 2", LocalDate.of(2020, 1, 1));
        fixtures.create("22969-008", "L-3", "Lê Văn An", STREET + " 3", LocalDate.of(2020, 1, 1));
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void searchIgnoresDiacriticsAndTheListIsInVietnameseOrderOfGivenNames() {
        var page = queries.page(new HouseholdFilter(kp8, "duong thu nghiem", false, 0));

        assertThat(page.rows()).extracting(HouseholdRow::headName)
                .containsExactly("Lê Văn An", "Trần Thị Dung", "Nguyễn Văn Đạt");
        assertThat(page.rows()).extracting(HouseholdRow::members).containsOnly(1);
        assertThat(page.rows()).extracting(HouseholdRow::villageCode).containsOnly("22969-008");
        assertThat(queries.page(new HouseholdFilter(kp8, "ĐẠT", false, 0)).rows())
                .extracting(HouseholdRow::code).contains("L-1").doesNotContain("L-2", "L-3");
    }

    @Test
    void closedHouseholdsShowOnlyWhenAskedFor() {
        long closed = fixtures.create("22969-008", "L-4", "Phạm Văn Bốn", STREET + " 4", LocalDate.of(2020, 1, 1));
        households.close(closed, LocalDate.of(2024, 1, 1));

        assertThat(queries.page(new HouseholdFilter(kp8, "L-4", false, 0)).total()).isZero();
        assertThat(queries.page(new HouseholdFilter(kp8, "L-4", true, 0)).rows()).extracting(HouseholdRow::id)
                .containsExactly(closed);
    }

    @Test
    void theExportHasVietnameseHeadersAndTheFilteredRows() throws Exception {
        var session = TestSessions.signIn(mvc, "kp8.lienhuong", TestAccounts.PASSWORD);
        byte[] file = mvc.perform(get("/registry/households/export").param("village", String.valueOf(kp8))
                        .param("q", "thu nghiem").with(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(workbook.getSheetName(0)).isEqualTo("Hộ gia đình");
            assertThat(cells(sheet.getRow(0))).containsExactly("Mã thôn", "Thôn", "Mã hộ", "Chủ hộ", "Địa chỉ",
                    "Điện thoại", "Số thành viên", "Dòng họ", "Từ ngày", "Ngày đóng");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(cells(sheet.getRow(1))).startsWith("22969-008", "Khu phố 8", "L-3", "Lê Văn An",
                    STREET + " 3", "0912345678", "1");
            assertThat(cells(sheet.getRow(3)).get(3)).isEqualTo("Nguyễn Văn Đạt");
            assertThat(cells(sheet.getRow(1)).get(8)).isEqualTo("01/01/2020");
        }
    }

    @Test
    void theApiCreatesListsAndShowsAHouseholdWithItsMembers() throws Exception {
        var session = TestSessions.signIn(mvc, "kp8.lienhuong", TestAccounts.PASSWORD);
        String body = """
                {"code": "API-1", "address": "Số 5", "since": "2021-02-03",
                 "head": {"fullName": "Võ Thị Hoa", "birthYear": 1975, "sex": "FEMALE"}}""";
        String created = mvc.perform(post("/api/v1/households").param("village", String.valueOf(kp8)).with(session)
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll("\\D", ""));

        String detail = mvc.perform(get("/api/v1/households/" + id).with(session).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(detail).contains("\"code\":\"API-1\"", "\"fullName\":\"Võ Thị Hoa\"", "\"relation\":\"HEAD\"");
        String duplicate = mvc.perform(post("/api/v1/households").param("village", String.valueOf(kp8)).with(session)
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(duplicate).contains("đã có trong thôn này");
        mvc.perform(post("/api/v1/households").param("village", String.valueOf(fixtures.village("22969-009")))
                .with(session).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        String list = mvc.perform(get("/api/v1/households").param("village", String.valueOf(kp8)).param("q", "vo thi hoa")
                .with(session).accept(MediaType.APPLICATION_JSON)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("\"total\":1", "\"headName\":\"Võ Thị Hoa\"");
    }

    @Test
    void theDetailAndFormPagesShowTheHouseholdAndAMoveRefusalAsksForANewCode() throws Exception {
        long id = queries.page(new HouseholdFilter(kp8, "L-3", false, 0)).rows().get(0).id();
        long head = jdbc.sql("select id from reg_member where household_id = :id").param("id", id)
                .query(Long.class).single();
        new TestAccounts(jdbc, accounts, userDetails).signIn("xa.lienhuong");
        fixtures.create("22969-009", "L-3", "Phan Văn Tư", null, null);
        var session = TestSessions.signIn(mvc, "xa.lienhuong", TestAccounts.PASSWORD);

        assertThat(page("/registry/households/" + id, session)).contains("Lê Văn An", "Chủ hộ", "Khu phố 8",
                "01/01/2020", "Chưa ghi nhận sự đồng ý của hộ.");
        assertThat(page("/registry/households/" + id + "/edit", session)).contains("value=\"L-3\"");
        assertThat(page("/registry/households/" + id + "/members/" + head + "/edit", session))
                .contains("Lê Văn An", "id=\"relation\"", "id=\"phone\"", "id=\"schoolLevel\"");
        assertThat(page("/registry/households/new?village=" + kp8, session))
                .contains("id=\"headFullName\"", "id=\"headBirthYear\"", "id=\"headSchoolLevel\"")
                .doesNotContain("id=\"headPhone\"");
        long headPerson = jdbc.sql("select person_id from reg_member where id = :id").param("id", head)
                .query(Long.class).single();
        assertThat(page("/registry/persons/" + headPerson + "/edit", session))
                .contains("value=\"L&ecirc; Văn An\"", "id=\"phone\"", "id=\"schoolLevel\"");
        assertThat(page("/registry/households/" + id + "/close", session)).contains("Đóng hộ");
        String refused = mvc.perform(post("/registry/households/" + id + "/move").with(session).with(csrf())
                        .param("toVillage", String.valueOf(fixtures.village("22969-009"))).param("on", "2025-01-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Mã hộ &quot;L-3&quot; đã có ở thôn chuyển đến. Vui lòng nhập mã hộ mới cho hộ này.");
    }

    private String page(String path, org.springframework.test.web.servlet.request.RequestPostProcessor session)
            throws Exception {
        return mvc.perform(get(path).with(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static List<String> cells(Row row) {
        var formatter = new DataFormatter();
        var values = new ArrayList<String>();
        for (int c = 0; c < 10; c++) {
            values.add(formatter.formatCellValue(row.getCell(c, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK)));
        }
        return values;
    }
}
