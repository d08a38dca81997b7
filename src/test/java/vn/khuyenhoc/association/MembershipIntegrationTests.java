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
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.association.member.MembershipRecords;
import vn.khuyenhoc.association.member.MembershipRecords.Placement;
import vn.khuyenhoc.shared.InvalidInput;

@IntegrationTest
@Transactional
class MembershipIntegrationTests {

    @Autowired Associations associations;
    @Autowired Members members;
    @Autowired MembershipRecords records;
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;
    AssociationFixtures fixtures;
    long association;
    long ap1;
    long ap2;

    @BeforeEach
    void openNhaBeWithTwoBranches() {
        fixtures = new AssociationFixtures(jdbc);
        new TestAccounts(jdbc, accounts, users).signIn("admin");
        association = associations.open(new AssociationForm(fixtures.unit("27655"), AssociationLevel.COMMUNE,
                "Hội Khuyến học xã Nhà Bè", AssociationFixtures.TWO_TIERS));
        ap1 = associations.addBranch(association, new BranchForm(fixtures.unit("27655-001"), null, "Chi hội Ấp 1",
                AssociationFixtures.TWO_TIERS));
        ap2 = associations.addBranch(association, new BranchForm(fixtures.unit("27655-002"), null, "Chi hội Ấp 2",
                AssociationFixtures.TWO_TIERS));
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private long join(String name, long branch, String day, String card) {
        return members.join(new JoinForm(fixtures.person("27655-001", name), branch, LocalDate.parse(day), card));
    }

    @Test
    void blankCardsGetTheNextNumberOfTheAssociationAndATakenNumberIsRefused() {
        long first = join("Nguyễn Văn Một", ap1, "2025-08-01", "");
        long second = join("Nguyễn Văn Hai", ap2, "2025-08-01", null);

        assertThat(records.find(first).orElseThrow().cardNumber()).isEqualTo("27655-00001");
        assertThat(records.find(second).orElseThrow().cardNumber()).isEqualTo("27655-00002");
        assertThatThrownBy(() -> join("Nguyễn Văn Ba", ap1, "2025-08-01", "27655-00001"))
                .isInstanceOf(InvalidInput.class).hasFieldOrPropertyWithValue("messageKey", "association.member.cardTaken");
    }

    @Test
    void aCardNumberIsCorrectedOnceAndAStaleFormIsToldNotApplied() {
        long member = join("Lý Văn Thẻ", ap1, "2025-08-01", "27655-09001");
        join("Lý Văn Khác", ap2, "2025-08-01", "27655-09002");

        members.correctCard(member, "27655-09001", " 27655-09011 ");
        assertThat(records.find(member).orElseThrow().cardNumber()).isEqualTo("27655-09011");
        assertThatThrownBy(() -> members.correctCard(member, "27655-09001", "27655-09021"))
                .isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("messageKey", "association.member.changedMeanwhile");
        assertThatThrownBy(() -> members.correctCard(member, "27655-09011", "27655-09002"))
                .isInstanceOf(InvalidInput.class).hasFieldOrPropertyWithValue("messageKey", "association.member.cardTaken");
        assertThat(records.find(member).orElseThrow().cardNumber()).isEqualTo("27655-09011");
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_id = :id and action = 'card'")
                .param("id", member).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aPersonIsAMemberOnceAtATime() {
        long person = fixtures.person("27655-001", "Phạm Thị Duy");
        members.join(new JoinForm(person, ap1, LocalDate.of(2025, 8, 1), null));
        assertThatThrownBy(() -> members.join(new JoinForm(person, ap2, LocalDate.of(2025, 9, 1), null)))
                .isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("messageKey", "association.member.alreadyMember");
    }

    @Test
    void aTransferKeepsTheBranchHistoryDayByDay() {
        long member = join("Võ Văn Chuyển", ap1, "2025-08-01", null);
        members.transfer(member, ap2, LocalDate.of(2025, 10, 1));

        assertThat(records.placements(member)).containsExactly(
                new Placement(ap1, LocalDate.of(2025, 8, 1), LocalDate.of(2025, 9, 30)),
                new Placement(ap2, LocalDate.of(2025, 10, 1), null));
        assertThat(records.placementOn(member, LocalDate.of(2025, 9, 30)).orElseThrow().branchId()).isEqualTo(ap1);
        assertThat(records.placementOn(member, LocalDate.of(2025, 10, 1)).orElseThrow().branchId()).isEqualTo(ap2);
    }

    @Test
    void theStatusFollowsTheConfiguredRulesAndTheFiguresViewAgrees() {
        long member = join("Đặng Thị Hội Phí", ap1, "2025-08-01", null);
        assertThat(members.statusOn(member, LocalDate.of(2025, 12, 31))).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(members.statusOn(member, LocalDate.of(2026, 2, 1))).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(members.statusOn(member, LocalDate.of(2026, 2, 2))).isEqualTo(MembershipStatus.LAPSED);
        members.recordDues(member, LocalDate.of(2026, 3, 1), 50_000L);
        assertThat(members.statusOn(member, LocalDate.of(2026, 3, 1))).isEqualTo(MembershipStatus.ACTIVE);
        members.leave(member, LocalDate.of(2026, 4, 1));
        assertThat(members.statusOn(member, LocalDate.of(2026, 3, 31))).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(members.statusOn(member, LocalDate.of(2026, 4, 1))).isEqualTo(MembershipStatus.LEFT);
        assertThat(viewStatus(member, 2025)).isEqualTo("ACTIVE");
        assertThat(viewStatus(member, 2026)).isNull();
    }

    @Test
    void theViewCountsALapsedMemberAsTheJavaRuleDoes() {
        long member = join("Hồ Văn Trễ", ap2, "2025-08-01", null);
        LocalDate reference = jdbc.sql("select reference_day from registry_years where year = 2026")
                .query(LocalDate.class).single();
        assertThat(viewStatus(member, 2026)).isEqualTo(members.statusOn(member, reference).name());
    }

    @Test
    void theConfiguredRulesLeaveNoGapAndTheDatabaseRefusesAnOverlap() {
        assertThat(MembershipRules.problems(records.rules())).isEmpty();
        assertThatThrownBy(() -> jdbc.sql("""
                insert into assoc_status_rule (valid_from, valid_to, lapse_after_months) values ('2027-01-01', null, 3)""")
                .update()).hasMessageContaining("exclusion");
    }

    private String viewStatus(long member, int year) {
        return jdbc.sql("select status from association_member_status_by_year where member_id = :m and year = :y")
                .param("m", member).param("y", year).query(String.class).optional().orElse(null);
    }
}
