package vn.khuyenhoc.fund;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.fund.ledger.LedgerQueries;
import vn.khuyenhoc.fund.ledger.ReportQueries;
import vn.khuyenhoc.fund.ledger.YearReport;

/** The demo funds of Xã Liên Hương, as loaded with the demo data of every test context. */
@IntegrationTest
class DemoFundIntegrationTests {

    @Autowired JdbcClient jdbc;
    @Autowired LedgerQueries ledger;
    @Autowired ReportQueries reports;
    @Autowired DemoFund demo;

    record DemoFundRow(long id, LocalDate openedOn, long openingBalance, Integer closedThrough) {
    }

    private List<DemoFundRow> funds() {
        return jdbc.sql("""
                select id, opened_on, opening_balance, closed_through from fund
                where geo_unit_id = :c and name like 'Quỹ khuyến học – %' order by opened_on""")
                .param("c", new FundFixtures(jdbc).unit("22969")).query(DemoFundRow.class).list();
    }

    @Test
    void theCommunesFundOpensWithWhatTheTownsFundHeldOnTheEveOfTheMerger() {
        var funds = funds();
        assertThat(funds).hasSize(2);
        var town = funds.get(0);
        var commune = funds.get(1);
        assertThat(town.openedOn()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(town.closedThrough()).isEqualTo(2024);
        assertThat(commune.openedOn()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(commune.openingBalance()).isEqualTo(ledger.balanceAt(town.id(), LocalDate.of(2025, 6, 30)).cash())
                .isGreaterThan(2_000_000);
    }

    @Test
    void everyDemoYearBalancesAndSupportsPupils() {
        var town = funds().get(0);
        for (int year = 2023; year <= 2025; year++) {
            YearReport report = reports.year(town.id(), year);
            assertThat(report.balances()).as("year %d", year).isTrue();
            assertThat(report.raised()).as("raised %d", year).isPositive();
            assertThat(report.peopleSupported()).as("supported %d", year).isPositive();
        }
        assertThat(reports.year(town.id(), 2024).closed()).isTrue();
    }

    @Test
    void theDemoLoadsOnlyOnce() {
        assertThat(demo.load(new FundFixtures(jdbc).unit("22969"), 1)).isEmpty();
    }
}
