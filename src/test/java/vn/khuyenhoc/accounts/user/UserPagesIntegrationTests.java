package vn.khuyenhoc.accounts.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.accounts.TestSessions;

/** The account pages and API as a commune officer of Xã Liên Hương uses them. */
@IntegrationTest
@Transactional
class UserPagesIntegrationTests {

    @Autowired
    MockMvc mvc;
    RequestPostProcessor officer;

    @BeforeEach
    void signIn() throws Exception {
        officer = TestSessions.signIn(mvc, "xa.lienhuong", TestAccounts.PASSWORD);
    }

    @Test
    void theListShowsTheAccountsOfTheCommuneAndFindsThemWithoutDiacritics() throws Exception {
        mvc.perform(get("/accounts/users").with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("kp8.lienhuong")))
                .andExpect(content().string(not(containsString("tinh.lamdong"))));
        mvc.perform(get("/accounts/users").param("q", "khu pho 8").header("HX-Request", "true").with(officer))
                .andExpect(content().string(containsString("kp8.lienhuong")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/accounts/users").param("q", "lien huong").param("page", "1").with(officer))
                .andExpect(content().string(containsString(
                        "href=\"/accounts/users?q=lien%20huong&amp;page=0\">Trang trước</a>")))
                .andExpect(content().string(containsString("Trang 2")));
    }

    @Test
    void creatingAnAccountShowsItsTemporaryPasswordOnce() throws Exception {
        var created = mvc.perform(post("/accounts/users").with(officer).with(csrf())
                        .param("username", "kp5.lienhuong").param("displayName", "Chi hội Khu phố 5")
                        .param("role", "BRANCH_OFFICER").param("areaCode", "22969-005"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("issued"))
                .andReturn();
        var issued = (Created) created.getFlashMap().get("issued");
        mvc.perform(get(created.getResponse().getRedirectedUrl()).with(officer).flashAttrs(created.getFlashMap()))
                .andExpect(content().string(containsString(issued.temporaryPassword())));
        mvc.perform(get(created.getResponse().getRedirectedUrl()).with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(issued.temporaryPassword()))));
    }

    @Test
    void aRefusedAreaIsShownOnTheFormInVietnamese() throws Exception {
        mvc.perform(post("/accounts/users").with(officer).with(csrf())
                        .param("username", "ap1.nhabe").param("displayName", "Chi hội Ấp 1")
                        .param("role", "BRANCH_OFFICER").param("areaCode", "27655-001"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("nằm ngoài địa bàn bạn quản lý")));
    }

    @Test
    void theAreaPickerOffersOnlyUnitsOfTheOfficersAreaOfTheRightKind() throws Exception {
        mvc.perform(get("/accounts/users/areas").param("areaCode", "khu pho 1").param("role", "BRANCH_OFFICER")
                        .with(officer))
                .andExpect(content().string(containsString("22969-001")))
                .andExpect(content().string(containsString("22969-014")));
        mvc.perform(get("/accounts/users/areas").param("areaCode", "ap 1").with(officer))
                .andExpect(content().string(not(containsString("27655-001"))));
    }

    @Test
    void anImportGoesFromPreviewToCreatedAccountsAndPasswordsDownloadedOnce() throws Exception {
        var file = new MockMultipartFile("file", "danh-sach.csv", "text/csv", """
                Tên đăng nhập,Họ và tên,Vai trò,Mã địa bàn
                kp6.lienhuong,Chi hội Khu phố 6,Cán bộ chi hội,22969-006
                """.getBytes(StandardCharsets.UTF_8));
        var uploaded = mvc.perform(multipart("/accounts/users/import").file(file).with(officer).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"import-commit\"")))
                .andReturn();
        mvc.perform(post("/accounts/users/import/commit").with(officer).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("kp6.lienhuong")));
        mvc.perform(get("/accounts/users/import/passwords").with(officer))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("mat-khau-tam.xlsx")));
        mvc.perform(get("/accounts/users/import/passwords").with(officer))
                .andExpect(status().isBadRequest());
        assertThat(uploaded.getResponse().getContentAsString()).contains("Chi hội Khu phố 6");
    }

    @Test
    void anImportWithProblemsNamesTheCellAndOffersNoConfirmation() throws Exception {
        var file = new MockMultipartFile("file", "danh-sach.csv", "text/csv", """
                Tên đăng nhập,Họ và tên,Vai trò,Mã địa bàn
                kp6.lienhuong,Chi hội Khu phố 6,Cán bộ cấp tỉnh,68
                """.getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/accounts/users/import").file(file).with(officer).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dòng 2, cột C (Vai trò)")))
                .andExpect(content().string(containsString("Bạn không được cấp vai trò Cán bộ cấp tỉnh.")))
                .andExpect(content().string(not(containsString("id=\"import-commit\""))));
    }

    @Test
    void theTemplateIsAnExcelFile() throws Exception {
        mvc.perform(get("/accounts/users/import/template").with(officer))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")));
    }

    @Test
    void theApiListsAndCreatesWithTheSameRules() throws Exception {
        mvc.perform(get("/api/v1/users").param("q", "kp8").with(officer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[0].username").value("kp8.lienhuong"))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(post("/api/v1/users").with(officer).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username": "kp7.lienhuong", "displayName": "Chi hội Khu phố 7",
                                 "role": "BRANCH_OFFICER", "areaCode": "22969-007"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.temporaryPassword").isString());
        mvc.perform(post("/api/v1/users").with(officer).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username": "tinh.new", "displayName": "Cán bộ tỉnh",
                                 "role": "PROVINCE_OFFICER", "areaCode": "68"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("accounts.user.roleNotAllowed"));
    }

    @Test
    void theApiAnswers401WithoutASession() throws Exception {
        mvc.perform(get("/api/v1/users")).andExpect(status().isUnauthorized());
        mvc.perform(get("/accounts/users")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/login")));
    }
}
