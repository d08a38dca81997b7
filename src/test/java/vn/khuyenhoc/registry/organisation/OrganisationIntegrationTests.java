package vn.khuyenhoc.registry.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.AccessDenied;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.registry.ManagingLevel;
import vn.khuyenhoc.registry.OrganisationForm;
import vn.khuyenhoc.registry.OrganisationKind;
import vn.khuyenhoc.registry.Organisations;
import vn.khuyenhoc.registry.RegistryFixtures;
import vn.khuyenhoc.registry.Sex;
import vn.khuyenhoc.registry.TargetGroup;
import vn.khuyenhoc.registry.common.PersonData;
import vn.khuyenhoc.shared.InvalidInput;

@IntegrationTest
@Transactional
class OrganisationIntegrationTests {

    @Autowired Organisations organisations;
    @Autowired OrganisationRecords records;
    @Autowired OrganisationQueries queries;
    @Autowired StaffQueries staff;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;
    @Autowired Accounts accounts;
    RegistryFixtures fixtures;
    long lienHuong;
    long nhaBe;

    @BeforeEach
    void signInAsTheCommuneOfficer() {
        fixtures = new RegistryFixtures(jdbc);
        lienHuong = fixtures.unit("22969");
        nhaBe = fixtures.unit("27655");
        signIn("xa.lienhuong");
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private void signIn(String username) {
        new TestAccounts(jdbc, accounts, users).signIn(username);
    }

    static OrganisationForm form(String code, String name, Long village) {
        return new OrganisationForm(code, name, OrganisationKind.PRIMARY_SCHOOL, ManagingLevel.COMMUNE, 42, village,
                "Đường 17/4", "0252 3861 234", LocalDate.of(2000, 9, 5), null);
    }

    static PersonData teacher(String name, int born) {
        return new PersonData(name, born, Sex.FEMALE, null, "Giáo viên", TargetGroup.OFFICIAL, null);
    }

    @Test
    void blankCodesAreNumberedAndACodeIsUniqueInItsCommuneOnly() {
        long first = organisations.create(lienHuong, form("", "Trường Tiểu học Liên Hương 1", fixtures.unit("22969-008")));
        long second = organisations.create(lienHuong, form(" ", "Trường Tiểu học Liên Hương 2", null));

        assertThat(records.find(first).orElseThrow().code()).isEqualTo("DV-001");
        assertThat(records.find(second).orElseThrow().code()).isEqualTo("DV-002");
        assertThat(records.find(first).orElseThrow().phone()).isEqualTo("02523861234");
        assertThatThrownBy(() -> organisations.create(lienHuong, form("DV-001", "Trường khác", null)))
                .isInstanceOf(InvalidInput.class).hasMessage("registry.organisation.codeTaken");
        signIn("admin");
        long elsewhere = organisations.create(nhaBe, form("DV-001", "Trường Nhà Bè", null));
        assertThat(records.find(elsewhere).orElseThrow().communeId()).isEqualTo(nhaBe);
    }

    @Test
    void aVillageOfAnotherCommuneIsRefused() {
        signIn("admin");
        long foreignVillage = jdbc.sql("select unit_id from geography_unit_current where kind = 'VILLAGE' and parent_id <> :c limit 1")
                .param("c", lienHuong).query(Long.class).single();
        assertThatThrownBy(() -> organisations.create(lienHuong, form("", "Trường", foreignVillage)))
                .hasMessage("registry.commune.villageElsewhere");
    }

    @Test
    void aStaleFormIsRefusedAndNothingIsOverwritten() {
        long id = organisations.create(lienHuong, form("", "UBND xã Liên Hương", null));
        int version = records.find(id).orElseThrow().version();
        var changed = new OrganisationForm("", "Ủy ban nhân dân xã Liên Hương", OrganisationKind.AGENCY,
                ManagingLevel.COMMUNE, 30, null, null, null, null, version);
        organisations.update(id, changed);

        assertThatThrownBy(() -> organisations.update(id, changed)).hasMessage("registry.organisation.changedMeanwhile");
        var stored = records.find(id).orElseThrow();
        assertThat(stored.name()).isEqualTo("Ủy ban nhân dân xã Liên Hương");
        assertThat(stored.kind()).isEqualTo(OrganisationKind.AGENCY);
        assertThat(stored.version()).isEqualTo(version + 1);
    }

    @Test
    void anotherCommunesOrganisationIsOutOfReach() {
        signIn("admin");
        long foreign = organisations.create(nhaBe, form("", "Trường Nhà Bè", null));
        signIn("xa.lienhuong");

        assertThatThrownBy(() -> organisations.create(nhaBe, form("", "Trường", null))).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> organisations.addStaff(foreign, teacher("Lê Thị Hoa", 1990), "Giáo viên", null))
                .isInstanceOf(AccessDenied.class);
        assertThat(staff.of(foreign)).isEmpty();
    }

    @Test
    void aHouseholdMemberWhoJoinsTheStaffKeepsOneRecord() {
        long school = organisations.create(lienHuong, form("", "Trường Mầm non Hoa Sen", null));
        long household = fixtures.household("22969-008", "KP8-010", "Trần Thị Mai", 1988);
        long mai = fixtures.headOf(household);
        long persons = countPersons();

        organisations.addExistingPerson(school, mai, "Hiệu trưởng", LocalDate.of(2020, 8, 1));
        organisations.addStaff(school, teacher("  Phạm   Thị Lan ", 1995), "Giáo viên", LocalDate.of(2021, 8, 1));

        assertThat(countPersons()).isEqualTo(persons + 1);
        assertThat(staff.of(school)).extracting(StaffQueries.StaffRow::fullName)
                .containsExactly("Phạm Thị Lan", "Trần Thị Mai");
        assertThat(staff.of(school)).filteredOn(row -> row.personId() == mai).singleElement()
                .extracting(StaffQueries.StaffRow::position).isEqualTo("Hiệu trưởng");
        assertThatThrownBy(() -> organisations.addExistingPerson(school, mai, "Giáo viên"))
                .hasMessage("registry.staff.alreadyStaff");
        assertThat(queries.find(school).orElseThrow().staffRecorded()).isEqualTo(2);
    }

    @Test
    void aPersonOfAnotherCommuneCannotBeAddedById() {
        long school = organisations.create(lienHuong, form("", "Trường THCS", null));
        long stranger = fixtures.person("Người Lạ", 1980);

        assertThatThrownBy(() -> organisations.addExistingPerson(school, stranger, null))
                .hasMessage("registry.staff.personElsewhere");
    }

    @Test
    void leavingKeepsTheHistoryAndTheViewCountsEachMemberOfStaffOncePerYear() {
        long school = organisations.create(lienHuong, form("", "Trường THPT", null));
        long household = fixtures.household("22969-008", "KP8-011", "Đinh Văn Nam", 1975);
        long nam = fixtures.headOf(household);
        long before2021 = staffCitizens(2021);
        long before2023 = staffCitizens(2023);

        long first = organisations.addExistingPerson(school, nam, "Giáo viên", LocalDate.of(2020, 1, 1));
        organisations.removeStaff(first, LocalDate.of(2022, 6, 30));
        organisations.addExistingPerson(school, nam, "Tổ trưởng", LocalDate.of(2023, 1, 1));

        assertThat(staff.of(school)).hasSize(2);
        assertThat(staff.of(school)).filteredOn(row -> !row.current()).singleElement()
                .extracting(StaffQueries.StaffRow::leftOn).isEqualTo(LocalDate.of(2022, 6, 30));
        assertThat(staffCitizens(2021)).isEqualTo(before2021 + 1);
        assertThat(staffCitizens(2023)).isEqualTo(before2023 + 1);
        assertThat(jdbc.sql("select count(*) from reg_staff where person_id = :p").param("p", nam)
                .query(Long.class).single()).isEqualTo(2);
        assertThatThrownBy(() -> organisations.removeStaff(first, LocalDate.now())).hasMessage("registry.staff.alreadyLeft");
    }

    @Test
    void changingAMemberOfStaffChecksTheVersionOfTheirRecord() {
        long school = organisations.create(lienHuong, form("", "Trường Tiểu học", null));
        long staffId = organisations.addStaff(school, teacher("Võ Thị Thu", 1992), "Giáo viên", null);
        int version = staff.of(school).get(0).personVersion();

        organisations.updateStaff(staffId, teacher("Võ Thị Thu Hà", 1992), "Phó hiệu trưởng", null, version);

        assertThat(staff.of(school).get(0).fullName()).isEqualTo("Võ Thị Thu Hà");
        assertThatThrownBy(() -> organisations.updateStaff(staffId, teacher("Võ Thu", 1992), null, null, version))
                .hasMessage("registry.staff.changedMeanwhile");
        assertThatThrownBy(() -> organisations.addStaff(school, teacher("Ai Đó", 1850), null, null))
                .hasMessage("registry.person.birthYearImpossible");
    }

    @Test
    void theAuditCarriesIdsButNoNames() {
        long school = organisations.create(lienHuong, form("", "Trường Hoa Mai", null));
        long staffId = organisations.addStaff(school, teacher("Hồ Thị Xuân", 1985), "Giáo viên", null);
        organisations.removeStaff(staffId, LocalDate.now());

        var entries = jdbc.sql("""
                select action || ' ' || coalesce(before::text, '') || ' ' || coalesce(after::text, '')
                from audit_entry where entity = 'organisation' and entity_id = :id order by id""")
                .param("id", school).query(String.class).list();
        assertThat(entries).hasSize(3);
        assertThat(entries.get(1)).startsWith("staff-add").contains(String.valueOf(staffId));
        assertThat(String.join(" ", entries)).doesNotContain("Hồ Thị Xuân", "Xuân", "1985", "Hoa Mai", "02523861234");
    }

    private long countPersons() {
        return jdbc.sql("select count(*) from reg_person").query(Long.class).single();
    }

    private long staffCitizens(int year) {
        return jdbc.sql("""
                select coalesce(sum(citizens), 0) from registry_citizen_count_by_year
                where year = :year and source = 'ORGANISATION' and unit_id = :commune""")
                .param("year", year).param("commune", lienHuong).query(Long.class).single();
    }
}
