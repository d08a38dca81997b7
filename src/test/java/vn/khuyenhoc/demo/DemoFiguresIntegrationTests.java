package vn.khuyenhoc.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.statistics.BoundaryView;
import vn.khuyenhoc.statistics.Figure;
import vn.khuyenhoc.statistics.Statistics;

/** The demo's history as the statistics show it: every khu phố a subject, the reports' figures on today's map. */
@IntegrationTest
class DemoFiguresIntegrationTests {

    @Autowired Statistics statistics;
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;
    long lienHuong;

    @BeforeEach
    void signIn() {
        var testAccounts = new TestAccounts(jdbc, accounts, users);
        testAccounts.signIn("xa.lienhuong");
        lienHuong = testAccounts.unit("22969");
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private Figure total(int year, String title) {
        return statistics.figures(lienHuong, year, title, BoundaryView.TODAYS_MAP).total();
    }

    @Test
    void in2019EightOfTheFourteenKhuPhoWereLearningCommunities() {
        Figure communities = total(2019, "CONG_DONG_THON");
        assertThat(communities.subjects()).isEqualTo(14);
        assertThat(communities.recognised()).isEqualTo(8);
        assertThat(total(2016, "CONG_DONG_THON").recognised()).isEqualTo(3);
    }

    @Test
    void theHouseholdsOf2019ReadAsTheReportWroteThemOverTheRegistrysDenominator() {
        Figure households = total(2019, "GIA_DINH");
        assertThat(households.recognised()).isEqualTo(5_557);
        assertThat(households.subjects()).isEqualTo(7_906);
        assertThat(households.ofSubjects().formatted()).isEqualTo("70,29%");
    }

    @Test
    void theCommunesUnitsOf2019AreItsEightCommuneManagedOrganisationsAllRecognised() {
        Figure units = total(2019, "DON_VI_XA");
        assertThat(java.util.List.of(units.subjects(), units.registered(), units.recognised()))
                .containsExactly(8L, 8L, 8L);
    }

    /** Every area's figure as the map was: a unit's own row may hold staff the registry counts elsewhere. */
    @Test
    void noDemoFigureHasMoreRegisteredThanSubjects() {
        var over = jdbc.sql("""
                select v.code || ' ' || c.year || ' ' || c.title || ' ' || sum(c.registered) || '/' || sum(c.subjects)
                from stat_count c join stat_ancestry a on a.unit_id = c.unit_id and a.year = c.year
                join geography_unit_version v on v.unit_id = a.ancestor_id
                where c.source = 'RECORDS'
                group by v.code, c.year, c.title having sum(c.registered) > sum(c.subjects) order by 1""")
                .query(String.class).list();
        assertThat(over).isEmpty();
    }
}
