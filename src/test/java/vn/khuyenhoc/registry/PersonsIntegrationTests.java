package vn.khuyenhoc.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.accounts.TestSessions;
import vn.khuyenhoc.registry.common.PersonData;
import vn.khuyenhoc.shared.InvalidInput;

/**
 * Persons and their personal data on the demo map: every read is audited without copying the person, the export
 * holds their households, positions and consents, and erasure clears what identifies them while the published
 * citizen counts and the audit trail stay as they were.
 */
@IntegrationTest
@Transactional
class PersonsIntegrationTests {

    static final String NAME = "Hoàng Thị Riêng Tư";
    @Autowired Persons persons;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService userDetails;
    RegistryFixtures fixtures;
    TestAccounts users;
    long household;
    long organisation;
    long person;

    @BeforeEach
    void aHeadOfHouseholdWhoIsAlsoATeacher() {
        fixtures = new RegistryFixtures(jdbc);
        users = new TestAccounts(jdbc, accounts, userDetails);
        organisation = fixtures.organisation("22969", "P-ORG", "Trường Tiểu học Riêng Tư");
        household = fixtures.household("22969-008", "P-HH", null);
        person = fixtures.person(NAME, 1970, TargetGroup.OFFICIAL);
        fixtures.member(household, person, Relation.HEAD);
        fixtures.member(household, fixtures.person("Lê Văn Chồng", 1968, TargetGroup.FARMER), Relation.SPOUSE);
        fixtures.staff(organisation, person, "Hiệu trưởng");
        fixtures.consent(household, users.idOf("kp8.lienhuong"));
        users.signIn("xa.lienhuong");
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void viewingAPersonWritesAnAuditEntryThatNamesThemOnlyById() {
        var detail = persons.view(person);

        assertThat(detail.fullName()).isEqualTo(NAME);
        var entry = jdbc.sql("""
                select action, unit_id, actor_name, coalesce(before::text, '') || coalesce(after::text, '') as data
                from audit_entry where entity = 'person' and entity_id = :id order by id desc limit 1""")
                .param("id", person).query().singleRow();
        assertThat(entry.get("action")).isEqualTo("view");
        assertThat(entry.get("actor_name")).isEqualTo("xa.lienhuong");
        assertThat(entry.get("unit_id")).isEqualTo(fixtures.unit("22969-008"));
        assertThat((String) entry.get("data")).doesNotContain("Hoàng", "Riêng", "0912345678", "1970");
    }

    @Test
    void theDetailPageAndTheApiAreEachAuditedAsAView() throws Exception {
        TestAccounts.signOut();
        var session = TestSessions.signIn(mvc, "kp8.lienhuong", TestAccounts.PASSWORD);
        long before = views();

        mvc.perform(get("/registry/persons/{id}", person).with(session)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/persons/{id}", person).with(session)).andExpect(status().isOk())
                .andExpect(jsonPath("$.fullName").value(NAME));

        assertThat(views()).isEqualTo(before + 2);
        assertThat(jdbc.sql("select actor_name from audit_entry where entity = 'person' and entity_id = :id "
                + "order by id desc limit 1").param("id", person).query(String.class).single()).isEqualTo("kp8.lienhuong");
    }

    @Test
    void theExportHoldsHouseholdsPositionsAndConsents() {
        var export = persons.exportData(person, "json");

        assertThat(export.memberships()).singleElement().satisfies(m -> {
            assertThat(m.householdCode()).isEqualTo("P-HH");
            assertThat(m.villageName()).isEqualTo("Khu phố 8");
            assertThat(m.relation()).isEqualTo(Relation.HEAD);
            assertThat(m.joinedOn()).isEqualTo(RegistryFixtures.SINCE);
        });
        assertThat(export.positions()).singleElement().satisfies(p -> {
            assertThat(p.organisationName()).isEqualTo("Trường Tiểu học Riêng Tư");
            assertThat(p.position()).isEqualTo("Hiệu trưởng");
        });
        assertThat(export.consents()).singleElement().satisfies(c -> assertThat(c.textVersion()).isEqualTo("v1"));
        assertThat(lastAction()).isEqualTo("export");
    }

    @Test
    void erasureClearsWhatIdentifiesThePersonAndKeepsThePublishedCounts() {
        var countsBefore = citizenCounts();

        persons.erase(person, ErasureReason.REQUEST);

        var row = jdbc.sql("select * from reg_person where id = :id").param("id", person).query().singleRow();
        assertThat(row.get("full_name")).isNull();
        assertThat(row.get("phone")).isNull();
        assertThat(row.get("occupation")).isNull();
        assertThat(row.get("sex")).isNull();
        assertThat(row.get("name_folded")).isEqualTo("");
        assertThat(row.get("erased_at")).isNotNull();
        assertThat(row.get("birth_year")).isEqualTo(1970);
        assertThat(row.get("target_group")).isEqualTo("OFFICIAL");
        assertThat(citizenCounts()).isEqualTo(countsBefore);
        assertThat(jdbc.sql("select head_name from reg_household where id = :id").param("id", household)
                .query(String.class).single()).isEmpty();
        assertThat(persons.view(person).memberships()).hasSize(1);
        assertThat(persons.view(person).positions()).hasSize(1);
    }

    @Test
    void erasureDisablesThePersonsCitizenAccountAndDropsItsNames() {
        long account = persons.createCitizenAccount(person, "cong.dan.xoa", "tamthoi123");

        persons.erase(person, ErasureReason.REQUEST);

        var row = jdbc.sql("select username, display_name, enabled from app_user where id = :id").param("id", account)
                .query().singleRow();
        assertThat(row.get("enabled")).isEqualTo(false);
        assertThat(row.get("username")).isEqualTo("erased-" + account);
        assertThat(row.get("display_name")).isEqualTo("#" + account);
    }

    @Test
    void aFormerHeadsErasureLeavesTheNameOfTheHouseholdsNewHead() {
        long former = fixtures.person("Bùi Văn Cũ", 1940, null);
        long other = fixtures.household("22969-008", "P-HH2", null);
        fixtures.member(other, former, Relation.HEAD);
        fixtures.member(other, fixtures.person("Bùi Văn Mới", 1975, null), Relation.HEAD);

        persons.erase(former, ErasureReason.REQUEST);

        assertThat(jdbc.sql("select head_name from reg_household where id = :id").param("id", other)
                .query(String.class).single()).isEqualTo("Bùi Văn Mới");
    }

    @Test
    void erasureIsAuditedWithTheReasonAndNoName() {
        persons.erase(person, ErasureReason.CONSENT_WITHDRAWN);

        var after = jdbc.sql("""
                select after::text from audit_entry where entity = 'person' and entity_id = :id and action = 'erase'""")
                .param("id", person).query(String.class).single();
        assertThat(after).contains("CONSENT_WITHDRAWN", String.valueOf(household)).doesNotContain("Hoàng", "Riêng");
    }

    @Test
    void anErasedPersonCanNeitherBeEditedNorErasedAgain() {
        int version = persons.view(person).version();
        persons.erase(person, ErasureReason.REQUEST);

        var data = new PersonData("Tên Mới", 1970, Sex.FEMALE, null, null, null, null);
        assertThatThrownBy(() -> persons.update(person, data, version + 1))
                .isInstanceOf(InvalidInput.class).hasFieldOrPropertyWithValue("messageKey", "registry.person.erased");
        assertThatThrownBy(() -> persons.erase(person, ErasureReason.REQUEST))
                .isInstanceOf(InvalidInput.class).hasFieldOrPropertyWithValue("messageKey", "registry.person.erased");
    }

    @Test
    void theAuditPageStillShowsTheErasedPersonById() throws Exception {
        persons.erase(person, ErasureReason.REQUEST);
        TestAccounts.signOut();
        var session = TestSessions.signIn(mvc, "admin", TestAccounts.PASSWORD);

        String page = mvc.perform(get("/audit").param("entity", "person").param("q", "#" + person).with(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("#" + person, "erase", "REQUEST").doesNotContain(NAME);
    }

    @Test
    void anEditFromAStaleFormIsRefused() {
        int version = persons.view(person).version();
        var data = new PersonData(NAME, 1970, Sex.FEMALE, "0987654321", "Hiệu trưởng", TargetGroup.OFFICIAL, null);
        persons.update(person, data, version);

        assertThatThrownBy(() -> persons.update(person, data, version))
                .hasFieldOrPropertyWithValue("messageKey", "registry.person.changedMeanwhile");
        assertThat(persons.view(person).phone()).isEqualTo("0987654321");
        assertThat(jdbc.sql("""
                select after::text from audit_entry where entity = 'person' and entity_id = :id and action = 'update'""")
                .param("id", person).query(String.class).single()).contains("phone", "occupation")
                .doesNotContain("0987654321");
    }

    private List<Map<String, Object>> citizenCounts() {
        return jdbc.sql("""
                select year, source, unit_id, target_group, citizens from registry_citizen_count_by_year
                order by year, source, unit_id, target_group nulls first""").query().listOfRows();
    }

    private long views() {
        return jdbc.sql("select count(*) from audit_entry where entity = 'person' and entity_id = :id and action = 'view'")
                .param("id", person).query(Long.class).single();
    }

    private String lastAction() {
        return jdbc.sql("select action from audit_entry where entity = 'person' and entity_id = :id order by id desc limit 1")
                .param("id", person).query(String.class).single();
    }
}
