package vn.khuyenhoc.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.criteria.Title;
import vn.khuyenhoc.geography.unit.UnitScopes;
import vn.khuyenhoc.round.RoundChanged;
import vn.khuyenhoc.statistics.counts.Ancestries;
import vn.khuyenhoc.statistics.counts.YearRecompute;
import vn.khuyenhoc.statistics.figures.Rollups;

/** The totals kept in stat_rollup (ADR 0019) stay equal to a fresh sum of the counts, whatever changed them. */
@IntegrationTest
@Transactional
class RollupTotalsIntegrationTests {

    /** Every kept total that differs from a sum of stat_count through the ancestries, written independently. */
    private static final String DIFFERENCES = """
            with fresh as (
                select 'AS_THE_MAP_WAS' as boundary, a.ancestor_id as area_id, s.year, s.title,
                       sum(case when s.source = 'RECORDS' then s.subjects else 0 end) as subjects,
                       sum(case when s.source = 'RECORDS' then s.registered else 0 end) as registered,
                       sum(case when s.source = 'RECORDS' then s.recognised else 0 end) as recognised,
                       sum(case when s.source = 'RECORDS' then 1 else 0 end) as counted,
                       sum(case when s.source = 'REPORTED' then 1 else 0 end) as reported
                from stat_count s, stat_ancestry a where a.year = s.year and a.unit_id = s.unit_id
                group by 1, 2, 3, 4
                union all
                select 'TODAYS_MAP', a.ancestor_id, s.year, s.title,
                       sum(case when s.source = 'RECORDS' then s.subjects * a.weight else 0 end),
                       sum(case when s.source = 'RECORDS' then s.registered * a.weight else 0 end),
                       sum(case when s.source = 'RECORDS' then s.recognised * a.weight else 0 end),
                       sum(case when s.source = 'RECORDS' then 1 else 0 end),
                       sum(case when s.source = 'REPORTED' then 1 else 0 end)
                from stat_count s, stat_today_ancestry a where a.unit_id = s.unit_id
                group by 1, 2, 3, 4)
            select count(*) from fresh f
            full join stat_rollup r on r.boundary = f.boundary and r.area_id = f.area_id and r.year = f.year
                 and r.title = f.title
            where coalesce(f.subjects, 0) <> coalesce(r.subjects, 0)
               or coalesce(f.registered, 0) <> coalesce(r.registered, 0)
               or coalesce(f.recognised, 0) <> coalesce(r.recognised, 0)
               or coalesce(f.counted, 0) <> coalesce(r.counted, 0)
               or coalesce(f.reported, 0) <> coalesce(r.reported, 0)""";

    @Autowired JdbcClient jdbc;
    @Autowired Rollups rollups;
    @Autowired Returns returns;
    @Autowired YearRecompute recompute;
    @Autowired Ancestries ancestries;
    @Autowired UnitScopes scopes;
    @Autowired ApplicationEventPublisher events;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;
    StatisticsFixtures fx;
    long province;
    long commune;
    long east;
    long west;

    @BeforeEach
    void craftACommuneOfTwoVillages() {
        new TestAccounts(jdbc, accounts, users).signIn("admin");
        fx = new StatisticsFixtures(jdbc);
        province = jdbc.sql("select parent_id from geography_unit_current where code = '27655'")
                .query(Long.class).single();
        commune = fx.newUnit("TK851", "Xã Tổng thử", "COMMUNE", province, StatisticsFixtures.SINCE, null);
        east = fx.village("TK851-001", commune);
        west = fx.village("TK851-002", commune);
        remap();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void theKeptTotalsEqualAFreshSumAfterDecisionsReturnsARevocationARecomputeAndAMapChange() {
        assertThat(differences()).isZero();
        long round = fx.round(commune, "GIA_DINH", 2023);
        var registrations = fx.register(round, "household", fx.households(east, 12).subList(0, 10), east,
                "GIA_DINH", 2023);
        events.publishEvent(RoundChanged.bulk("registration", "register", east, Map.of(), registrations));
        var recognitions = fx.recognise(round, registrations.subList(0, 7), 2023);
        events.publishEvent(RoundChanged.bulk("decision", "recognise", east, Map.of(), registrations.subList(0, 7)));
        assertThat(differences()).isZero();
        Figure kept = rollups.of(east, 2023, "GIA_DINH", BoundaryView.AS_THE_MAP_WAS).total();
        assertThat(List.of(kept.subjects(), kept.registered(), kept.recognised())).containsExactly(12L, 10L, 7L);

        returns.file(new ReturnForm(west, 2023, Title.GIA_DINH, 40L, 30L, 20L, null));
        assertThat(differences()).isZero();
        var withReturn = rollups.of(commune, 2023, "GIA_DINH", BoundaryView.AS_THE_MAP_WAS);
        assertThat(withReturn.total().reported()).isTrue();
        assertThat(withReturn.total().recognised()).isEqualTo(27);

        fx.revoke(recognitions.get(0));
        events.publishEvent(RoundChanged.bulk("decision", "revoke", east, Map.of(), List.of(recognitions.get(0))));
        recompute.recompute(2023);
        assertThat(differences()).isZero();

        long successor = fx.newUnit("TK852", "Xã Kế tục thử", "COMMUNE", province, LocalDate.of(2026, 1, 1), null);
        fx.lineage(commune, successor, "MERGE", null);
        remap();
        assertThat(differences()).isZero();
        for (var view : BoundaryView.values()) {
            assertThat(rollups.of(east, 2023, "GIA_DINH", view))
                    .isEqualTo(rollups.exactly(east, 2023, "GIA_DINH", view));
        }
    }

    @Test
    void theFirstCountOfATitleInAYearWritesTheDenominatorOfEveryVillage() {
        jdbc.sql("delete from stat_count where year = 2024 and title = 'GIA_DINH'").update();
        fx.households(west, 9);
        long round = fx.round(commune, "GIA_DINH", 2024);
        var registrations = fx.register(round, "household", fx.households(east, 4), east, "GIA_DINH", 2024);

        events.publishEvent(RoundChanged.bulk("registration", "register", east, Map.of(), registrations));

        var figures = rollups.of(commune, 2024, "GIA_DINH", BoundaryView.AS_THE_MAP_WAS);
        assertThat(figures.children()).extracting(Figure::unitId).containsExactlyInAnyOrder(west, east);
        assertThat(List.of(figures.total().subjects(), figures.total().registered())).containsExactly(13L, 4L);
        assertThat(figures.total().registeredOfSubjects().formatted()).isEqualTo("30,77%");
        assertThat(differences()).isZero();
    }

    @Test
    void aDecisionInAYearWithoutAnAncestryBuildsItAndPlacesItsCountsUnderTheAreas() {
        jdbc.sql("delete from stat_ancestry where year = 2024").update();
        jdbc.sql("delete from stat_rollup where year = 2024 and boundary = 'AS_THE_MAP_WAS'").update();
        long round = fx.round(commune, "GIA_DINH", 2024);
        var registrations = fx.register(round, "household", fx.households(east, 5), east, "GIA_DINH", 2024);

        events.publishEvent(RoundChanged.bulk("registration", "register", east, Map.of(), registrations));

        assertThat(jdbc.sql("select ancestor_id from stat_ancestry where year = 2024 and unit_id = :v")
                .param("v", east).query(Long.class).list()).contains(east, commune, province);
        assertThat(rollups.of(commune, 2024, "GIA_DINH", BoundaryView.AS_THE_MAP_WAS).total().registered())
                .isEqualTo(5L);
        assertThat(differences()).isZero();
    }

    private long differences() {
        return jdbc.sql(DIFFERENCES).query(Long.class).single();
    }

    /** What a map change does: today's paths, then the statistics' ancestries (MapChanged in the app). */
    private void remap() {
        scopes.rebuild();
        ancestries.rebuildAll();
    }
}
