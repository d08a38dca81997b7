package vn.khuyenhoc.geography.village;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.accounts.AccessDenied;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.geography.UnitKind;
import vn.khuyenhoc.geography.Units;
import vn.khuyenhoc.shared.InvalidInput;

@IntegrationTest
@Transactional
class VillageIntegrationTests {

    private static final LocalDate TODAY = LocalDate.now();
    @Autowired Villages villages;
    @Autowired VillageRecords records;
    @Autowired Units units;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;
    @Autowired Accounts accounts;

    private void signIn(String username) {
        new TestAccounts(jdbc, accounts, users).signIn(username);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private long unit(String code, UnitKind kind) {
        return units.byCode(code, kind, TODAY).orElseThrow().unitId();
    }

    @Test
    void aCommuneOfficerAddsAVillageWithTheNextCodeAndItIsAudited() {
        signIn("xa.lienhuong");
        long commune = unit("22969", UnitKind.COMMUNE);

        long id = villages.create(commune, new VillageForm("Khu phố  15", "Khu phố", "", null, null));

        var created = units.on(id, TODAY).orElseThrow();
        assertThat(created.code()).isEqualTo("22969-015");
        assertThat(created.name()).isEqualTo("Khu phố 15");
        assertThat(created.parentId()).isEqualTo(commune);
        assertThat(jdbc.sql("select count(*) from audit_entry where entity = 'unit' and entity_id = :id and action = 'create' and actor_name = 'xa.lienhuong'")
                .param("id", id).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from geo_unit_scope where unit_id = :id").param("id", id)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aCommuneOfficerCannotAddAVillageToAnotherCommune() {
        signIn("xa.lienhuong");
        long nhaBe = unit("27655", UnitKind.COMMUNE);

        assertThatThrownBy(() -> villages.create(nhaBe, new VillageForm("Ấp 9", "Ấp", "", null, null)))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void aBranchOfficerCannotAddVillages() {
        signIn("kp8.lienhuong");
        long commune = unit("22969", UnitKind.COMMUNE);

        assertThatThrownBy(() -> villages.create(commune, new VillageForm("Khu phố 16", "Khu phố", "", null, null)))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void aDuplicateCodeInTheSameCommuneIsRefused() {
        signIn("xa.lienhuong");
        long commune = unit("22969", UnitKind.COMMUNE);

        assertThatThrownBy(() -> villages.create(commune, new VillageForm("Khu phố 1 bis", "Khu phố", "22969-001", null, null)))
                .isInstanceOf(InvalidInput.class).hasMessage("geography.village.codeTaken");
    }

    @Test
    void renamingFromADateKeepsTheOldNameInHistory() {
        signIn("xa.lienhuong");
        long village = unit("22969-008", UnitKind.VILLAGE);
        LocalDate from = TODAY.minusDays(10);

        villages.update(village, new VillageForm("Khu phố Tám", "Khu phố", null, from, null));

        assertThat(units.on(village, from.minusDays(1)).orElseThrow().name()).isEqualTo("Khu phố 8");
        assertThat(units.on(village, from).orElseThrow().name()).isEqualTo("Khu phố Tám");
        assertThat(units.on(village, from).orElseThrow().code()).isEqualTo("22969-008");
    }

    @Test
    void aStaleEditFormIsRefusedAndOverwritesNothing() {
        signIn("xa.lienhuong");
        long village = unit("22969-008", UnitKind.VILLAGE);
        int loaded = records.versionOn(village, TODAY).orElseThrow().token();
        villages.update(village, new VillageForm("Khu phố 8A", "Khu phố", null, null, loaded));

        assertThatThrownBy(() -> villages.update(village, new VillageForm("Khu phố Tám", "Khu phố", null, null, loaded)))
                .isInstanceOf(InvalidInput.class).hasMessage("geography.village.changedMeanwhile");
        assertThat(units.on(village, TODAY).orElseThrow().name()).isEqualTo("Khu phố 8A");
    }
}
