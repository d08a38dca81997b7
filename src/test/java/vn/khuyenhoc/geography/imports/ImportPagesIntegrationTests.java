package vn.khuyenhoc.geography.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;

/** The import pages and API as an administrator would use them, without a browser. */
@IntegrationTest
@Transactional
class ImportPagesIntegrationTests {

    private static final String CSV = """
            code,name,kind,parent_code,valid_from,valid_to
            22969-015,Khu phố 15,Khu phố,22969,2026-01-01,
            """;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    Cookie admin;

    @BeforeEach
    void signIn() throws Exception {
        admin = session("admin");
    }

    /** Signs in through the login form; sessions live in the database (Spring Session), named by this cookie. */
    private Cookie session(String username) throws Exception {
        var login = mvc.perform(formLogin("/login").user(username).password("khuyenhoc"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/");
        return login.getResponse().getCookie("SESSION");
    }

    @Test
    void anAdministratorUploadsPreviewsAndCommitsAList() throws Exception {
        String preview = mvc.perform(multipart("/geography/imports").file(csv()).param("format", "UNITS_CSV")
                        .cookie(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Khu phố 15")))
                .andExpect(content().string(Matchers.containsString("Xác nhận nhập")))
                .andReturn().getResponse().getContentAsString();
        assertThat(villages("22969-015")).isZero();
        long importId = importIdIn(preview);

        mvc.perform(post("/geography/imports/{id}/commit", importId).header("HX-Request", "true")
                        .cookie(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Đã nhập xong")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<html"))));
        assertThat(villages("22969-015")).isEqualTo(1);
        mvc.perform(get("/geography/imports").cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("villages.csv")));
    }

    @Test
    void aMalformedFileIsShownAsRefusedOnTheUploadPage() throws Exception {
        var bad = new MockMultipartFile("file", "bad.csv", "text/csv",
                "code,name,kind\n1,2,3\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/geography/imports").file(bad).param("format", "UNITS_CSV").cookie(admin).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("Tệp bị từ chối")))
                .andExpect(content().string(Matchers.containsString("Dòng 1")));
    }

    @Test
    void theApiPreviewsCommitsAndListsTheSetAsideItems() throws Exception {
        String body = mvc.perform(multipart("/api/v1/imports").file(csv()).param("format", "UNITS_CSV")
                        .cookie(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.committed").value(false))
                .andExpect(jsonPath("$.counts.created").value(1))
                .andReturn().getResponse().getContentAsString();
        long importId = Long.parseLong(body.replaceAll("(?s).*\"importId\":(\\d+).*", "$1"));

        mvc.perform(post("/api/v1/imports/{id}/commit", importId).cookie(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.committed").value(true));
        mvc.perform(get("/api/v1/set-aside").cookie(admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.open").value(true));
        assertThat(villages("22969-015")).isEqualTo(1);
    }

    @Test
    void theApiRefusesAMalformedFileWithAProblemNamingTheRecord() throws Exception {
        var bad = new MockMultipartFile("file", "units.json", "application/json",
                "{\"data\":[{\"level1_id\":\"60\",\"name\":\"Tỉnh Bình Thuận\"}]}".getBytes(StandardCharsets.UTF_8));

        mvc.perform(multipart("/api/v1/imports").file(bad).param("format", "UNITS_BEFORE_REFORM")
                        .cookie(admin).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("geography.import.error.missingField"))
                .andExpect(jsonPath("$.detail").value("Bản ghi data[0] (mã 60): thiếu trường “type”."));
    }

    @Test
    void aCommuneOfficerImportsACsvOfTheirOwnVillages() throws Exception {
        Cookie officer = session("xa.lienhuong");
        String preview = mvc.perform(multipart("/api/v1/imports").file(csv()).param("format", "UNITS_CSV")
                        .cookie(officer).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(preview.replaceAll("(?s).*\"importId\":(\\d+).*", "$1"));

        mvc.perform(post("/api/v1/imports/" + id + "/commit").cookie(officer).with(csrf())).andExpect(status().isOk());

        assertThat(villages("22969-015")).isEqualTo(1);
        mvc.perform(get("/geography/imports").cookie(officer)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("UNITS_BEFORE_REFORM"))));
    }

    @Test
    void aCommuneOfficerMayNotImportVillagesOfAnotherCommuneNorTheNationalLists() throws Exception {
        Cookie officer = session("xa.lienhuong");
        var foreign = new MockMultipartFile("file", "villages.csv", "text/csv", """
                code,name,kind,parent_code,valid_from,valid_to
                22969-016,Khu phố 16,Khu phố,22969,2026-01-01,
                27655-009,Ấp 9,Ấp,27655,2026-01-01,
                """.getBytes(StandardCharsets.UTF_8));

        mvc.perform(multipart("/api/v1/imports").file(foreign).param("format", "UNITS_CSV").cookie(officer).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("geography.import.outsideArea"));
        mvc.perform(multipart("/api/v1/imports").file(csv()).param("format", "UNITS_AFTER_REFORM")
                        .cookie(officer).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(villages("22969-016")).isZero();
        assertThat(villages("27655-009")).isZero();
    }

    @Test
    void anOfficerCannotCommitAnUploadOfSomeoneElse() throws Exception {
        String preview = mvc.perform(multipart("/api/v1/imports").file(csv()).param("format", "UNITS_CSV")
                        .cookie(admin).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(preview.replaceAll("(?s).*\"importId\":(\\d+).*", "$1"));

        mvc.perform(post("/api/v1/imports/" + id + "/commit").cookie(session("xa.lienhuong")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(villages("22969-015")).isZero();
    }

    @Test
    void aBranchOfficerMayNotImport() throws Exception {
        mvc.perform(multipart("/api/v1/imports").file(csv()).param("format", "UNITS_CSV")
                        .cookie(session("kp8.lienhuong")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/geography/imports").cookie(session("kp8.lienhuong"))).andExpect(status().isForbidden());
        assertThat(villages("22969-015")).isZero();
    }

    @Test
    void theSetAsidePageAndTheLinkFormOpen() throws Exception {
        mvc.perform(get("/geography/set-aside").cookie(admin)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Mục để riêng cần xử lý")));
        mvc.perform(get("/geography/lineage/new").cookie(admin)).andExpect(status().isOk());
        mvc.perform(get("/geography/lineage/candidates").param("q", "lien huong").param("side", "successor")
                        .param("field", "successorId").cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Xã Liên Hương")))
                .andExpect(content().string(Matchers.containsString("name=\"successorId\"")));
    }

    private static MockMultipartFile csv() {
        return new MockMultipartFile("file", "villages.csv", "text/csv", CSV.getBytes(StandardCharsets.UTF_8));
    }

    private static long importIdIn(String page) {
        Matcher matcher = Pattern.compile("/geography/imports/(\\d+)/commit").matcher(page);
        assertThat(matcher.find()).as("the preview offers to commit").isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private int villages(String code) {
        return jdbc.sql("select count(*) from geo_unit_version where code = :code and kind = 'VILLAGE'")
                .param("code", code).query(Integer.class).single();
    }
}
