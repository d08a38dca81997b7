package vn.khuyenhoc.registry.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.AccessDenied;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.accounts.TestSessions;
import vn.khuyenhoc.registry.OrganisationForm;
import vn.khuyenhoc.registry.Organisations;
import vn.khuyenhoc.registry.RegistryFixtures;

/** A unit officer reaches their own organisation and its staff, and nothing else of the commune. */
@IntegrationTest
@Transactional
class UnitOfficerScopeIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Organisations organisations;
    @Autowired OrganisationRecords records;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;
    @Autowired Accounts accounts;
    TestAccounts testAccounts;
    long own;
    long neighbour;

    @BeforeEach
    void twoSchoolsOfLienHuongAndTheOfficerOfOne() {
        testAccounts = new TestAccounts(jdbc, accounts, users);
        long commune = new RegistryFixtures(jdbc).unit("22969");
        testAccounts.signIn("xa.lienhuong");
        own = organisations.create(commune, OrganisationIntegrationTests.form("", "Trường Tiểu học Sao Mai", null));
        neighbour = organisations.create(commune, OrganisationIntegrationTests.form("", "Trường Tiểu học Bình Minh", null));
        testAccounts.create("unit.saomai", Role.UNIT_OFFICER, "22969");
        jdbc.sql("update app_user set organisation_id = :org where username = 'unit.saomai'").param("org", own).update();
        TestAccounts.signOut();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void thePagesShowTheirOwnOrganisationOnly() throws Exception {
        RequestPostProcessor session = TestSessions.signIn(mvc, "unit.saomai", TestAccounts.PASSWORD);

        assertThat(status(get("/registry/organisations/mine"), session)).isEqualTo(302);
        assertThat(mvc.perform(get("/registry/organisations/mine").with(session)).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/registry/organisations/" + own);
        var page = mvc.perform(get("/registry/organisations/" + own).with(session)).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Trường Tiểu học Sao Mai", "id=\"staff-new\"")
                .doesNotContain("unit-account", "organisation-close");
        assertThat(status(get("/registry/organisations/" + own + "/staff/new"), session)).isEqualTo(200);
        assertThat(status(get("/registry/organisations/" + neighbour), session)).isEqualTo(403);
        assertThat(status(get("/registry/organisations/" + neighbour + "/staff/new"), session)).isEqualTo(403);
        assertThat(status(get("/registry/organisations"), session)).isEqualTo(403);
        assertThat(status(get("/registry/clans"), session)).isEqualTo(403);
    }

    @Test
    void theApiRefusesAnotherOrganisationOfTheSameCommune() throws Exception {
        RequestPostProcessor session = TestSessions.signIn(mvc, "unit.saomai", TestAccounts.PASSWORD);
        String staff = "{\"fullName\":\"Lâm Thị Ngọc\",\"birthYear\":1990,\"position\":\"Giáo viên\"}";

        assertThat(status(post("/api/v1/organisations/" + own + "/staff").contentType(MediaType.APPLICATION_JSON)
                .content(staff).with(csrf()), session)).isEqualTo(201);
        assertThat(status(post("/api/v1/organisations/" + neighbour + "/staff").contentType(MediaType.APPLICATION_JSON)
                .content(staff).with(csrf()), session)).isEqualTo(403);
        assertThat(status(get("/api/v1/organisations/" + neighbour), session)).isEqualTo(403);
        assertThat(status(get("/api/v1/organisations"), session)).isEqualTo(403);
        assertThat(status(put("/api/v1/organisations/" + neighbour).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"X\",\"kind\":\"AGENCY\",\"managingLevel\":\"COMMUNE\",\"version\":0}")
                .with(csrf()), session)).isEqualTo(403);
    }

    @Test
    void theApiMethodsThemselvesCheckThePersonalScope() {
        testAccounts.signIn("unit.saomai");
        var neighbours = records.find(neighbour).orElseThrow();
        var edit = new OrganisationForm("", "Đổi tên", neighbours.kind(), neighbours.managingLevel(), null, null,
                null, null, null, neighbours.version());

        assertThatThrownBy(() -> organisations.update(neighbour, edit)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> organisations.addStaff(neighbour, OrganisationIntegrationTests.teacher("Ai", 1990),
                null, null)).isInstanceOf(AccessDenied.class);
        var mine = records.find(own).orElseThrow();
        organisations.update(own, new OrganisationForm("OTHER-CODE", "Trường Sao Mai", mine.kind(),
                mine.managingLevel(), 50, null, null, null, null, mine.version()));
        assertThat(records.find(own).orElseThrow().code()).as("a unit officer cannot change the code").isEqualTo(mine.code());
        assertThat(records.find(own).orElseThrow().staffCount()).isEqualTo(50);
        assertThat(records.find(neighbour).orElseThrow().name()).isEqualTo("Trường Tiểu học Bình Minh");
    }

    @Test
    void aCommuneOfficerOpensTheUnitOfficersAccount() {
        testAccounts.signIn("xa.lienhuong");
        long user = organisations.createUnitOfficerAccount(own, "unit.saomai2", "Cô Hạnh", "tamthoi123");

        var row = jdbc.sql("select role, organisation_id, must_change_password from app_user where id = :id")
                .param("id", user).query((rs, n) -> rs.getString(1) + " " + rs.getLong(2) + " " + rs.getBoolean(3))
                .single();
        assertThat(row).isEqualTo("UNIT_OFFICER " + own + " true");
        testAccounts.signIn("unit.saomai");
        assertThatThrownBy(() -> organisations.createUnitOfficerAccount(own, "unit.x", "X", "tamthoi123"))
                .isInstanceOf(AccessDenied.class);
    }

    private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                       RequestPostProcessor session) throws Exception {
        return mvc.perform(request.with(session)).andReturn().getResponse().getStatus();
    }
}
