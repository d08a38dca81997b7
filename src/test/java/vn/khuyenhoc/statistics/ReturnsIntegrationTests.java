package vn.khuyenhoc.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
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
import vn.khuyenhoc.criteria.Title;
import vn.khuyenhoc.geography.unit.UnitScopes;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.Rate;
import vn.khuyenhoc.statistics.counts.YearRecompute;
import vn.khuyenhoc.statistics.rules.Finding;

@IntegrationTest
@Transactional
class ReturnsIntegrationTests {

    @Autowired JdbcClient jdbc;
    @Autowired Returns returns;
    @Autowired Findings findings;
    @Autowired Targets targets;
    @Autowired Statistics statistics;
    @Autowired YearRecompute recompute;
    @Autowired UnitScopes scopes;
    @Autowired vn.khuyenhoc.statistics.counts.Ancestries ancestries;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;
    StatisticsFixtures fx;
    long commune;
    long a;
    long b;
    long c;

    @BeforeEach
    void craftACommuneOfThreeVillages() {
        new TestAccounts(jdbc, accounts, users).signIn("admin");
        fx = new StatisticsFixtures(jdbc);
        long province = jdbc.sql("select parent_id from geography_unit_current where code = '27655'")
                .query(Long.class).single();
        commune = fx.newUnit("TK801", "Xã Báo cáo thử", "COMMUNE", province, StatisticsFixtures.SINCE, null);
        a = fx.village("TK801-001", commune);
        b = fx.village("TK801-002", commune);
        c = fx.village("TK801-003", commune);
        scopes.rebuild();
        ancestries.rebuildAll();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void returnsCountWhereNoRecordsExistAndRecordsWinWhereTheyDo() {
        long round = fx.round(commune, "GIA_DINH", 2019);
        var registrations = fx.register(round, "household", fx.households(b, 10).subList(0, 5), b, "GIA_DINH", 2019);
        fx.recognise(round, registrations.subList(0, 3), 2019);
        recompute.recompute(2019);
        returns.file(form(a, 2019, 100, 80, 70, "70,00%"));
        returns.file(form(b, 2019, 50, 50, 50, null));

        Figure total = statistics.figures(commune, 2019, "GIA_DINH", BoundaryView.AS_THE_MAP_WAS).total();

        assertThat(List.of(total.subjects(), total.registered(), total.recognised())).containsExactly(110L, 85L, 73L);
        assertThat(total.reported()).isTrue();
        assertThat(total.ofSubjects().formatted()).isEqualTo("66,36%");
        assertThat(kinds(findings.of(commune, 2019))).containsExactly("missingVillage", "returnDiffers");
    }

    @Test
    void everyRuleFiresOnTheFiguresOfACraftedCommuneAndACleanYearHasNone() {
        returns.file(form(a, 2016, 7105, 7105, 2631, "37,28%"));
        returns.file(form(b, 2016, 14, 14, 3, "21,42%"));
        returns.file(form(commune, 2016, 7000, 7200, 2000, null));
        returns.file(form(a, 2017, 7105, 7105, 5557, null));
        returns.file(form(b, 2017, 14, 14, 3, null));
        returns.file(form(c, 2017, 10, 10, 5, null));

        var found = findings.of(commune, 2016);
        assertThat(kinds(found)).containsExactlyInAnyOrder("printedRate", "truncated", "order", "childTotal",
                "childTotal", "missingVillage");
        assertThat(found.stream().map(Findings.Named::finding).filter(f -> f.kind().equals("printedRate"))
                .findFirst().orElseThrow().numbers()).containsExactly("2.631", "7.105", "37,03%", "37,28%");
        assertThat(kinds(findings.of(commune, 2017))).containsExactly("jump");
        returns.file(form(a, 2018, 7105, 7105, 5600, null));
        returns.file(form(b, 2018, 14, 14, 4, null));
        returns.file(form(c, 2018, 10, 10, 6, null));
        assertThat(findings.of(commune, 2018)).isEmpty();
    }

    @Test
    void aRateTypedInAnotherShapeIsRefused() {
        assertThatThrownBy(() -> returns.file(form(a, 2019, 10, 5, 5, "năm mươi")))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void theNationalTargetAppliesUntilTheAreaSetsItsOwn() {
        Target national = targets.applying(commune, "GIA_DINH", 2024).orElseThrow();
        assertThat(national.basis()).isEqualTo("QĐ 387/QĐ-TTg");
        assertThat(national.rateText()).isEqualTo("70%");
        assertThat(national.standing(new Rate(5557, 7862)).gapText()).isEqualTo("+0,68");
        assertThat(targets.applying(commune, "GIA_DINH", 2019).orElseThrow().basis()).isEqualTo("QĐ 281/QĐ-TTg");

        targets.set(new TargetForm(commune, Title.GIA_DINH, 2024, new BigDecimal("75"), "Nghị quyết xã"));

        Target own = targets.applying(a, "GIA_DINH", 2024).orElseThrow();
        assertThat(own.unitId()).isEqualTo(commune);
        var standing = own.standing(new Rate(5557, 7862));
        assertThat(standing.reached()).isFalse();
        assertThat(standing.gapText()).isEqualTo("-4,32");
    }

    private static List<String> kinds(List<Findings.Named> named) {
        return named.stream().map(Findings.Named::finding).map(Finding::kind).toList();
    }

    private static ReturnForm form(long unit, int year, long subjects, long registered, long recognised,
                                   String printed) {
        return new ReturnForm(unit, year, Title.GIA_DINH, subjects, registered, recognised, printed);
    }
}
