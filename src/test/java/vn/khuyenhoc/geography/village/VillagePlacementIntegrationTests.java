package vn.khuyenhoc.geography.village;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.accounts.AccessDenied;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.geography.UnitKind;
import vn.khuyenhoc.geography.Units;
import vn.khuyenhoc.geography.unit.UnitScopes;
import vn.khuyenhoc.shared.InvalidInput;

/**
 * A commune of Hồ Chí Minh City split on 1 July 2025 into Xã Nhà Bè and a second new commune: both communes'
 * officers see its village in their work list, and either may place it into their own commune only.
 */
@IntegrationTest
@Transactional
class VillagePlacementIntegrationTests {

    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    @Autowired VillagePlacements placements;
    @Autowired Units units;
    @Autowired JdbcClient jdbc;
    @Autowired UnitScopes scopes;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;
    @Autowired AreaGuard guard;
    long nhaBe;
    long otherNew;
    long village;

    @BeforeEach
    void splitACommune() {
        nhaBe = units.byCode("27655", UnitKind.COMMUNE, LocalDate.now()).orElseThrow().unitId();
        long hcm = units.byCode("79", UnitKind.PROVINCE, LocalDate.now()).orElseThrow().unitId();
        long district = units.byCode("786", UnitKind.DISTRICT, LocalDate.of(2024, 1, 1)).orElseThrow().unitId();
        long old = insertUnit("99901", "Xã Thử Nghiệm", "COMMUNE", "Xã", district, null, REFORM.minusDays(1));
        otherNew = insertUnit("99902", "Xã Mới", "COMMUNE", "Xã", hcm, REFORM, null);
        village = insertUnit("99901-001", "Ấp Một", "VILLAGE", "Ấp", old, null, null);
        for (long successor : new long[] {nhaBe, otherNew}) {
            jdbc.sql("insert into geo_lineage (predecessor_id, successor_id, effective_date, kind) values (:p, :s, :d, 'SPLIT')")
                    .param("p", old).param("s", successor).param("d", REFORM).update();
        }
        jdbc.sql("insert into geo_village_placement (village_id, from_unit_id, effective_date) values (:v, :f, :d)")
                .param("v", village).param("f", old).param("d", REFORM).update();
        scopes.rebuild();
        if (!accounts.usernameTaken("xa.nhabe")) {  // the demo has this officer; a test context may not
            accounts.createUser(new Accounts.NewUser("xa.nhabe", "Cán bộ Xã Nhà Bè", "khuyenhoc",
                    Role.COMMUNE_OFFICER, nhaBe, null, null), null, false);
        }
        accounts.createUser(new Accounts.NewUser("xa.moi", "Cán bộ Xã Mới", "khuyenhoc", Role.COMMUNE_OFFICER,
                otherNew, null, null), null, false);
    }

    private void signIn(String username) {
        new TestAccounts(jdbc, accounts, users).signIn(username);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private long insertUnit(String code, String name, String kind, String type, long parent, LocalDate from, LocalDate to) {
        long id = jdbc.sql("insert into geo_unit default values returning id").query(Long.class).single();
        jdbc.sql("""
                insert into geo_unit_version (unit_id, code, name, kind, type_name, parent_id, valid_from, valid_to, name_folded)
                values (:id, :code, :name, :kind, :type, :parent, :from, :to, lower(:name))""")
                .param("id", id).param("code", code).param("name", name).param("kind", kind).param("type", type)
                .param("parent", parent).param("from", from).param("to", to).update();
        return id;
    }

    private List<VillagePlacements.Pending> pendingFor(String username) {
        signIn(username);
        return placements.pending(guard.scopePaths(guard.requireUser()));
    }

    @Test
    void theOfficersOfEveryReceivingCommuneSeeTheVillageEachWithOnlyTheirOwnCommune() {
        var seenByNhaBe = pendingFor("xa.nhabe");
        assertThat(seenByNhaBe).extracting(VillagePlacements.Pending::code).containsExactly("99901-001");
        assertThat(seenByNhaBe.get(0).candidates()).extracting(VillagePlacements.Candidate::unitId).containsExactly(nhaBe);

        var seenByOther = pendingFor("xa.moi");
        assertThat(seenByOther.get(0).candidates()).extracting(VillagePlacements.Candidate::unitId).containsExactly(otherNew);

        assertThat(pendingFor("xa.lienhuong")).isEmpty();
    }

    @Test
    void placingTheVillageMovesItFromTheSplitDateAndEmptiesTheWorkList() {
        signIn("xa.nhabe");

        placements.place(village, nhaBe);

        assertThat(units.on(village, REFORM.minusDays(1)).orElseThrow().parentId()).isNotEqualTo(nhaBe);
        assertThat(units.on(village, REFORM).orElseThrow().parentId()).isEqualTo(nhaBe);
        assertThat(units.on(village, REFORM).orElseThrow().code()).isEqualTo("99901-001");
        assertThat(pendingFor("xa.moi")).isEmpty();
    }

    @Test
    void anOfficerCannotPlaceTheVillageIntoAnotherCommune() {
        signIn("xa.nhabe");

        assertThatThrownBy(() -> placements.place(village, otherNew)).isInstanceOf(AccessDenied.class);
    }

    @Test
    void aCommuneThatIsNotASuccessorIsRefused() {
        signIn("tinh.lamdong");
        long lienHuong = units.byCode("22969", UnitKind.COMMUNE, LocalDate.now()).orElseThrow().unitId();

        assertThatThrownBy(() -> placements.place(village, lienHuong)).isInstanceOf(AccessDenied.class);
    }

    @Test
    void anAdministratorMayChooseAnySuccessorButNoOtherCommune() {
        signIn("admin");
        long lienHuong = units.byCode("22969", UnitKind.COMMUNE, LocalDate.now()).orElseThrow().unitId();

        assertThatThrownBy(() -> placements.place(village, lienHuong)).isInstanceOf(InvalidInput.class);
        placements.place(village, otherNew);
        assertThat(units.on(village, REFORM).orElseThrow().parentId()).isEqualTo(otherNew);
    }
}
