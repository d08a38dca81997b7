package vn.khuyenhoc.association;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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
import vn.khuyenhoc.association.figures.FigureQueries;
import vn.khuyenhoc.association.figures.Share;

/** Xã Nhà Bè has nine villages today (three of each commune it merged) and no demo association. */
@IntegrationTest
@Transactional
class FiguresIntegrationTests {

    @Autowired Associations associations;
    @Autowired Members members;
    @Autowired Populations populations;
    @Autowired FigureQueries figures;
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;
    AssociationFixtures fixtures;
    long nhaBe;

    @BeforeEach
    void signIn() {
        fixtures = new AssociationFixtures(jdbc);
        new TestAccounts(jdbc, accounts, users).signIn("admin");
        nhaBe = fixtures.unit("27655");
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void theFiguresOfAnAreaAreComputedFromWhatWasRecorded() {
        long association = associations.open(new AssociationForm(nhaBe, AssociationLevel.COMMUNE,
                "Hội Khuyến học xã Nhà Bè", AssociationFixtures.TWO_TIERS));
        long ap1 = branch(association, "27655-001", "Chi hội Ấp 1");
        long kp1 = branch(association, "27643-001", "Chi hội Khu phố 1");
        long closed = branch(association, "27649-002", "Chi hội Ấp 2 cũ");
        associations.closeBranch(closed, LocalDate.of(2025, 9, 30));
        join(ap1, "2025-08-01", "Mai Văn Một", null);
        join(ap1, "2025-08-01", "Mai Văn Hai", null);
        join(kp1, "2025-08-01", "Mai Văn Ba", "2026-09-01");
        long leaver = join(kp1, "2025-08-01", "Mai Văn Bốn", null);
        members.leave(leaver, LocalDate.of(2025, 11, 1));
        join(ap1, "2026-01-10", "Mai Văn Năm", null);
        for (int i = 1; i <= 4; i++) {
            long clan = fixtures.registry().clan("27655", "FIG-" + i, "Họ Số " + i);
            if (i <= 3) {
                associations.addBoard(association, new BoardForm(clan, null, "Ban khuyến học họ " + i,
                        AssociationFixtures.TWO_TIERS));
            }
            if (i == 1) {
                associations.addBoard(association, new BoardForm(clan, null, "Ban thứ hai", AssociationFixtures.TWO_TIERS));
            }
        }
        populations.record(nhaBe, 2025, 2_000);

        var of2025 = figures.figures(nhaBe, 2025);
        assertThat(of2025.villagesWithBranch()).isEqualTo(new Share(2, 9));
        assertThat(of2025.villagesWithBranch().percent()).isEqualByComparingTo(new BigDecimal("22.22"));
        assertThat(of2025.clansWithBoard()).isEqualTo(new Share(3, 4));
        assertThat(of2025.members()).isEqualTo(3);
        assertThat(of2025.activeMembers()).isEqualTo(3);
        assertThat(of2025.population()).isEqualTo(2_000);
        assertThat(of2025.membersOfPopulation().percent()).isEqualByComparingTo(new BigDecimal("0.15"));
        assertThat(of2025.branches()).extracting(FigureQueries.BranchFigure::name, FigureQueries.BranchFigure::members)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Chi hội Khu phố 1", 1L),
                        org.assertj.core.groups.Tuple.tuple("Chi hội Ấp 1", 2L));

        var of2026 = figures.figures(nhaBe, 2026);
        assertThat(of2026.members()).isEqualTo(4);
        assertThat(of2026.activeMembers()).as("only the one who paid in September and the January joiner").isEqualTo(
                LocalDate.now().isAfter(LocalDate.of(2026, 7, 10)) ? 1 : 2);
        assertThat(of2026.population()).isNull();
    }

    private long branch(long association, String village, String name) {
        return associations.addBranch(association, new BranchForm(fixtures.unit(village), null, name,
                AssociationFixtures.TWO_TIERS));
    }

    private long join(long branch, String day, String name, String paid) {
        long member = members.join(new JoinForm(fixtures.person("27655-001", name), branch, LocalDate.parse(day), null));
        if (paid != null) {
            members.recordDues(member, LocalDate.parse(paid), 20_000L);
        }
        return member;
    }
}
