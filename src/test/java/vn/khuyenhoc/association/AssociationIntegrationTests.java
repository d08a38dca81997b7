package vn.khuyenhoc.association;

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
import vn.khuyenhoc.association.structure.StructureRecords;
import vn.khuyenhoc.shared.InvalidInput;

@IntegrationTest
@Transactional
class AssociationIntegrationTests {

    static final LocalDate BEFORE = LocalDate.of(2015, 1, 1);
    @Autowired Associations associations;
    @Autowired AssociationMergers mergers;
    @Autowired Members members;
    @Autowired StructureRecords records;
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;
    TestAccounts testAccounts;
    AssociationFixtures fixtures;

    @BeforeEach
    void signInAsAdministrator() {
        fixtures = new AssociationFixtures(jdbc);
        testAccounts = new TestAccounts(jdbc, accounts, users);
        testAccounts.signIn("admin");
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private long open(String code, String name) {
        return associations.open(new AssociationForm(fixtures.unit(code), AssociationLevel.COMMUNE, name, BEFORE));
    }

    @Test
    void theAssociationsOfNhaBeMergeAsTheirCommunesDidWithHistoryKept() {
        long townAssociation = open("27643", "Hội Khuyến học Thị trấn Nhà Bè");
        long phuocLoc = open("27649", "Hội Khuyến học xã Phước Lộc");
        long phuXuan = open("27655", "Hội Khuyến học xã Phú Xuân");
        long townBranch = associations.addBranch(townAssociation,
                new BranchForm(fixtures.unit("27643-001"), null, "Chi hội Khu phố 1", LocalDate.of(2016, 1, 1)));
        long ap1 = associations.addBranch(phuocLoc,
                new BranchForm(fixtures.unit("27649-001"), null, "Chi hội Ấp 1", LocalDate.of(2016, 1, 1)));
        long first = members.join(new JoinForm(fixtures.person("27643-001", "Lê Văn Hợp"), townBranch,
                LocalDate.of(2017, 1, 1), "001"));
        long second = members.join(new JoinForm(fixtures.person("27649-001", "Trần Thị Nhất"), ap1,
                LocalDate.of(2017, 1, 1), "001"));

        var merged = mergers.followLineage(fixtures.unit("27655"), AssociationFixtures.TWO_TIERS);

        assertThat(merged.predecessorIds()).containsExactlyInAnyOrder(townAssociation, phuocLoc, phuXuan);
        var successor = records.unit(merged.associationId()).orElseThrow();
        assertThat(successor.name()).isEqualTo("Hội Khuyến học Xã Nhà Bè");
        assertThat(successor.validFrom()).isEqualTo(AssociationFixtures.TWO_TIERS);
        for (long predecessor : merged.predecessorIds()) {
            assertThat(records.unit(predecessor).orElseThrow().validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        }
        assertThat(jdbc.sql("select count(*) from assoc_unit_lineage where successor_id = :s")
                .param("s", merged.associationId()).query(Long.class).single()).isEqualTo(3);
        assertThat(merged.movedBranchIds()).containsExactlyInAnyOrder(townBranch, ap1);
        assertThat(records.branch(townBranch).orElseThrow().assocUnitId()).isEqualTo(merged.associationId());
        assertThat(cardOf(first)).isEqualTo("001");
        assertThat(cardOf(second)).isEqualTo("27649/001");
        assertThat(jdbc.sql("select count(*) from audit_entry where entity = 'association-association' and action = 'merge'"
                + " and entity_id = :id").param("id", merged.associationId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aMergerIsFollowedOnceAndOnlyWhereGeographyRecordsOne() {
        open("27643", "Hội Khuyến học Thị trấn Nhà Bè");
        long nhaBe = fixtures.unit("27655");
        mergers.followLineage(nhaBe, AssociationFixtures.TWO_TIERS);

        assertThatThrownBy(() -> mergers.followLineage(nhaBe, AssociationFixtures.TWO_TIERS))
                .isInstanceOf(InvalidInput.class).hasFieldOrPropertyWithValue("messageKey", "association.merge.done");
        assertThatThrownBy(() -> mergers.followLineage(fixtures.unit("22969"), AssociationFixtures.TWO_TIERS))
                .isInstanceOf(InvalidInput.class).hasFieldOrPropertyWithValue("messageKey", "association.merge.noLineage");
    }

    @Test
    void districtAssociationsEndWithTheTwoTierMapAndBranchesStayInTheirCommune() {
        long district = jdbc.sql("select unit_id from geography_unit_version where kind = 'DISTRICT' and name like '%Nhà Bè'")
                .query(Long.class).list().get(0);
        assertThatThrownBy(() -> associations.open(new AssociationForm(district, AssociationLevel.DISTRICT,
                "Hội Khuyến học huyện Nhà Bè", AssociationFixtures.TWO_TIERS)))
                .isInstanceOf(InvalidInput.class).hasFieldOrPropertyWithValue("messageKey", "association.unit.wrongLevel");
        assertThat(associations.open(new AssociationForm(district, AssociationLevel.DISTRICT,
                "Hội Khuyến học huyện Nhà Bè", BEFORE))).isPositive();
        long phuXuan = open("27655", "Hội Khuyến học xã Phú Xuân");
        assertThatThrownBy(() -> associations.addBranch(phuXuan,
                new BranchForm(fixtures.unit("27649-001"), null, "Chi hội Ấp 1", LocalDate.of(2016, 1, 1))))
                .isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("messageKey", "association.branch.villageElsewhere");
    }

    @Test
    void aCommuneOfficerKeepsOnlyTheirOwnCommunesAssociation() {
        testAccounts.signIn("xa.lienhuong");
        assertThatThrownBy(() -> open("27655", "Hội Khuyến học xã Nhà Bè")).isInstanceOf(AccessDenied.class);
    }

    private String cardOf(long memberId) {
        return jdbc.sql("select card_number from assoc_member where id = :id").param("id", memberId)
                .query(String.class).single();
    }
}
