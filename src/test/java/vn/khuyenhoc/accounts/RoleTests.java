package vn.khuyenhoc.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Nobody hands out more rights than they have. */
class RoleTests {

    @Test
    void aCommuneOfficerManagesOnlyTheRolesBelowIt() {
        assertThat(Role.COMMUNE_OFFICER.manageable()).containsExactlyInAnyOrder(Role.BRANCH_OFFICER,
                Role.UNIT_OFFICER, Role.VIEWER, Role.CITIZEN);
    }

    @Test
    void aProvinceOfficerManagesCommuneOfficersButNotItsPeersNorAdministrators() {
        assertThat(Role.PROVINCE_OFFICER.manageable()).contains(Role.COMMUNE_OFFICER)
                .doesNotContain(Role.PROVINCE_OFFICER, Role.ADMIN);
    }

    @Test
    void onlyAdministratorsAndOfficersManageAccounts() {
        assertThat(Role.ADMIN.manageable()).containsExactlyInAnyOrder(Role.values());
        assertThat(Role.BRANCH_OFFICER.manageable()).isEmpty();
        assertThat(Role.VIEWER.manageable()).isEmpty();
    }
}
