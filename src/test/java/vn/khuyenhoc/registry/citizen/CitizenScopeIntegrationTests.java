package vn.khuyenhoc.registry.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.accounts.TestSessions;
import vn.khuyenhoc.registry.RegistryFixtures;
import vn.khuyenhoc.registry.Relation;
import vn.khuyenhoc.registry.TargetGroup;

/**
 * The narrow scopes: a citizen reaches only their own record, a unit officer only their organisation's staff,
 * though both have an area that covers their neighbours. A citizen account is opened from the person's page.
 */
@IntegrationTest
@Transactional
class CitizenScopeIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService userDetails;
    TestAccounts users;
    long self;
    long neighbour;
    long colleague;

    @BeforeEach
    void aHouseholdOfTwoAndASchool() {
        var fixtures = new RegistryFixtures(jdbc);
        users = new TestAccounts(jdbc, accounts, userDetails);
        long household = fixtures.household("22969-008", "S-HH", null);
        long school = fixtures.organisation("22969", "S-ORG", "Trường Mầm non Phạm Vi");
        self = fixtures.person("Võ Thị Mình", 1988, TargetGroup.WORKER);
        neighbour = fixtures.person("Võ Văn Hàng Xóm", 1986, TargetGroup.FARMER);
        colleague = fixtures.person("Đinh Thị Đồng Nghiệp", 1990, TargetGroup.OFFICIAL);
        fixtures.member(household, self, Relation.HEAD);
        fixtures.member(household, neighbour, Relation.SPOUSE);
        fixtures.staff(school, colleague, "Giáo viên");
        users.create("scope.citizen", Role.CITIZEN, "22969-008");
        users.create("scope.unit", Role.UNIT_OFFICER, "22969");
        fixtures.link("scope.citizen", null, self);
        fixtures.link("scope.unit", school, null);
    }

    @Test
    void aCitizenReadsTheirOwnRecordAndNobodyElses() throws Exception {
        var citizen = signIn("scope.citizen");

        String page = mvc.perform(get("/registry/me").with(citizen)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Võ Thị Mình", "S-HH").doesNotContain("Võ Văn Hàng Xóm");
        mvc.perform(get("/api/v1/persons/{id}", self).with(citizen)).andExpect(status().isOk())
                .andExpect(jsonPath("$.fullName").value("Võ Thị Mình"));
        mvc.perform(get("/api/v1/persons/{id}", neighbour).with(citizen)).andExpect(status().isForbidden());
        mvc.perform(get("/registry/persons/{id}", neighbour).with(citizen)).andExpect(status().isForbidden());
        mvc.perform(get("/registry/citizens").with(citizen)).andExpect(status().isForbidden());
    }

    @Test
    void aCitizenCorrectsTheirPhoneButAStaleFormChangesNothing() throws Exception {
        var citizen = signIn("scope.citizen");
        int version = version(self);

        mvc.perform(put("/api/v1/me").with(citizen).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"phone\":\"0987 111 222\",\"occupation\":\"Thợ may\",\"targetGroup\":\"WORKER\",\"version\":"
                        + version + "}")).andExpect(status().isNoContent());
        mvc.perform(post("/registry/me").with(citizen).with(csrf()).param("phone", "0900000000")
                .param("version", String.valueOf(version))).andExpect(status().isOk());

        assertThat(jdbc.sql("select phone from reg_person where id = :id").param("id", self).query(String.class).single())
                .isEqualTo("0987111222");
        mvc.perform(get("/api/v1/me").with(citizen)).andExpect(jsonPath("$.occupation").value("Thợ may"));
    }

    @Test
    void aUnitOfficerReachesTheirStaffOnly() throws Exception {
        var unit = signIn("scope.unit");

        mvc.perform(get("/api/v1/persons/{id}", colleague).with(unit)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/persons/{id}", self).with(unit)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/citizens").param("q", "dong nghiep").with(unit))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.rows[0].personId").value(colleague));
        mvc.perform(get("/api/v1/citizens").param("q", "vo thi minh").with(unit)).andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void aCommuneOfficerOpensACitizenAccountThatSignsInToTheirOwnRecord() throws Exception {
        var officer = signIn("xa.lienhuong");

        mvc.perform(post("/registry/persons/{id}/account", self).with(officer).with(csrf())
                .param("username", "vo.thi.minh").param("password", "tamthoi123")).andExpect(status().is3xxRedirection());

        var account = jdbc.sql("select role, person_id, unit_id, must_change_password from app_user where username = 'vo.thi.minh'")
                .query().singleRow();
        assertThat(account.get("role")).isEqualTo("CITIZEN");
        assertThat(account.get("person_id")).isEqualTo(self);
        assertThat(account.get("unit_id")).isEqualTo(users.unit("22969-008"));
        assertThat(account.get("must_change_password")).isEqualTo(true);
    }

    private RequestPostProcessor signIn(String username) throws Exception {
        return TestSessions.signIn(mvc, username, TestAccounts.PASSWORD);
    }

    private int version(long person) {
        return jdbc.sql("select version from reg_person where id = :id").param("id", person).query(Integer.class).single();
    }
}
