package vn.khuyenhoc.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.geography.unit.UnitScopes;
import vn.khuyenhoc.round.RoundChanged;
import vn.khuyenhoc.statistics.counts.Ancestries;
import vn.khuyenhoc.statistics.counts.YearRecompute;
import vn.khuyenhoc.statistics.figures.Rollups;

@IntegrationTest
@Transactional
class RollupIntegrationTests {

    @Autowired JdbcClient jdbc;
    @Autowired Rollups rollups;
    @Autowired YearRecompute recompute;
    @Autowired Ancestries ancestries;
    @Autowired UnitScopes scopes;
    @Autowired ApplicationEventPublisher events;
    StatisticsFixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new StatisticsFixtures(jdbc);
    }

    @Test
    void aDecisionUpdatesTheFiguresInItsTransactionWithRatesRoundedHalfUp() {
        long village = fx.village("27655-901", fx.unit("27655"));
        remap();
        var households = fx.households(village, 7);
        long round = fx.round(fx.unit("27655"), "GIA_DINH", 2022);
        var registrations = fx.register(round, "household", households.subList(0, 6), village, "GIA_DINH", 2022);
        fx.reviewSheet(registrations.get(0), "GIOI", null);
        events.publishEvent(RoundChanged.bulk("registration", "register", village, Map.of(), registrations));
        var recognitions = fx.recognise(round, registrations.subList(0, 3), 2022);
        events.publishEvent(RoundChanged.bulk("decision", "recognise", village, Map.of(), registrations.subList(0, 3)));

        Figure figure = rollups.of(village, 2022, "GIA_DINH", BoundaryView.AS_THE_MAP_WAS).total();
        assertThat(List.of(figure.subjects(), figure.registered(), figure.recognised())).containsExactly(7L, 6L, 3L);
        assertThat(figure.ofSubjects().formatted()).isEqualTo("42,86%");
        assertThat(figure.ofRegistered().formatted()).isEqualTo("50,00%");
        assertThat(band(village, "GIOI")).isEqualTo(1);

        fx.revoke(recognitions.get(0));
        events.publishEvent(RoundChanged.bulk("decision", "revoke", village, Map.of(), List.of(recognitions.get(0))));
        figure = rollups.of(village, 2022, "GIA_DINH", BoundaryView.AS_THE_MAP_WAS).total();
        assertThat(figure.recognised()).isEqualTo(2);
        assertThat(figure.ofSubjects().formatted()).isEqualTo("28,57%");
        assertThat(figure.ofRegistered().formatted()).isEqualTo("33,33%");
    }

    @Test
    void aFullRecomputeOfAYearGivesTheCountsTheEventsKept() {
        long village = fx.village("27655-902", fx.unit("27655"));
        remap();
        long round = fx.round(fx.unit("27655"), "GIA_DINH", 2021);
        var registrations = fx.register(round, "household", fx.households(village, 5), village, "GIA_DINH", 2021);
        fx.recognise(round, registrations.subList(0, 4), 2021);
        events.publishEvent(RoundChanged.bulk("decision", "recognise", village, Map.of(), registrations));
        var byEvents = counts(village, 2021);

        recompute.recompute(2021);

        assertThat(counts(village, 2021)).isEqualTo(byEvents).containsExactly(5L, 5L, 4L);
    }

    @Test
    void nhaBe2022IsShownAsTheThreeOldCommunesSummedIntoTodaysXaNhaBe() {
        long thiTran = fx.unit("27643");
        long phuocLoc = fx.unit("27649");
        long nhaBe = fx.unit("27655");
        remap();
        recompute.recompute(2022);
        Figure before = rollups.of(nhaBe, 2022, "GIA_DINH", BoundaryView.TODAYS_MAP).total();
        long v1 = crafted("27643-901", thiTran, 10, 8, 5, 2022);
        long v2 = crafted("27649-901", phuocLoc, 20, 10, 7, 2022);
        long v3 = crafted("27655-903", nhaBe, 30, 30, 18, 2022);
        crafted("27655-904", nhaBe, 40, 40, 40, 2026);
        recompute.recompute(2022);
        recompute.recompute(2026);

        Figure today = rollups.of(nhaBe, 2022, "GIA_DINH", BoundaryView.TODAYS_MAP).total();
        // the 40 households of 27655-904 lived there in 2022 too: subjects, not registrations, of that year
        assertThat(today.subjects() - before.subjects()).isEqualTo(100);
        assertThat(today.registered() - before.registered()).isEqualTo(48);
        assertThat(today.recognised() - before.recognised()).isEqualTo(30);
        assertThat(today.estimated() || today.notComparable()).isFalse();

        var asItWas = rollups.of(nhaBe, 2022, "GIA_DINH", BoundaryView.AS_THE_MAP_WAS);
        assertThat(asItWas.children()).extracting(Figure::unitId).contains(v3).doesNotContain(v1, v2);
        var thiTranThen = rollups.of(thiTran, 2022, "GIA_DINH", BoundaryView.AS_THE_MAP_WAS);
        assertThat(child(thiTranThen, v1).recognised()).isEqualTo(5);
        var todayChildren = rollups.of(nhaBe, 2022, "GIA_DINH", BoundaryView.TODAYS_MAP).children();
        assertThat(todayChildren).extracting(Figure::unitId).contains(thiTran, phuocLoc, v3);
        Figure own2026 = child(rollups.of(nhaBe, 2026, "GIA_DINH", BoundaryView.TODAYS_MAP), -1L);
        assertThat(own2026).isNull();
        assertThat(child(rollups.of(nhaBe, 2026, "GIA_DINH", BoundaryView.AS_THE_MAP_WAS),
                jdbc.sql("select unit_id from geography_unit_current where code = '27655-904'")
                        .query(Long.class).single()).ofSubjects().formatted()).isEqualTo("100,00%");
    }

    @Test
    void aSplitCommuneIsEstimatedByItsSharesOrNotComparableWithoutThem() {
        long province = jdbc.sql("select parent_id from geography_unit_current where code = '27655'")
                .query(Long.class).single();
        LocalDate reform = LocalDate.of(2025, 7, 1);
        long old = fx.newUnit("TK901", "Xã cũ thử", "COMMUNE", province, StatisticsFixtures.SINCE, reform.minusDays(1));
        long east = fx.newUnit("TK902", "Xã Đông thử", "COMMUNE", province, reform, null);
        long west = fx.newUnit("TK903", "Xã Tây thử", "COMMUNE", province, reform, null);
        long unshared = fx.newUnit("TK904", "Xã Nam thử", "COMMUNE", province, reform, null);
        fx.lineage(old, east, "SPLIT", 0.6);
        fx.lineage(old, west, "SPLIT", 0.4);
        long village = fx.village("TK901-001", old);
        remap();
        recompute.recompute(2022);
        Figure provinceBefore = rollups.of(province, 2022, "GIA_DINH", BoundaryView.TODAYS_MAP).total();
        long round = fx.round(old, "GIA_DINH", 2022);
        var registrations = fx.register(round, "household", fx.households(village, 10), village, "GIA_DINH", 2022);
        fx.recognise(round, registrations.subList(0, 5), 2022);
        recompute.recompute(2022);

        Figure eastNow = rollups.of(east, 2022, "GIA_DINH", BoundaryView.TODAYS_MAP).total();
        assertThat(List.of(eastNow.subjects(), eastNow.recognised())).containsExactly(6L, 3L);
        assertThat(eastNow.estimated()).isTrue();
        Figure provinceNow = rollups.of(province, 2022, "GIA_DINH", BoundaryView.TODAYS_MAP).total();
        assertThat(provinceNow.subjects() - provinceBefore.subjects()).isEqualTo(10);
        assertThat(provinceNow.estimated()).isEqualTo(provinceBefore.estimated());

        fx.lineage(old, unshared, "SPLIT", null);
        remap();
        Figure south = rollups.of(unshared, 2022, "GIA_DINH", BoundaryView.TODAYS_MAP).total();
        assertThat(south.notComparable()).isTrue();
        assertThat(south.subjects()).isZero();
        assertThat(rollups.of(east, 2022, "GIA_DINH", BoundaryView.TODAYS_MAP).total().subjects()).isEqualTo(6);
    }

    private long crafted(String code, long commune, int households, int registered, int recognised, int year) {
        long village = fx.village(code, commune);
        remap();
        long round = jdbc.sql("select id from round where area_unit_id = :a and title = 'GIA_DINH' and year = :y")
                .param("a", commune).param("y", year).query(Long.class).optional()
                .orElseGet(() -> fx.round(commune, "GIA_DINH", year));
        var ids = fx.register(round, "household", fx.households(village, households).subList(0, registered), village,
                "GIA_DINH", year);
        fx.recognise(round, ids.subList(0, recognised), year);
        return village;
    }

    /** What a map change does: today's paths, then the statistics' ancestries (MapChanged in the app). */
    private void remap() {
        scopes.rebuild();
        ancestries.rebuildAll();
    }

    private static Figure child(AreaFigures figures, long unit) {
        return figures.children().stream().filter(f -> f.unitId() == unit).findFirst().orElse(null);
    }

    private List<Long> counts(long unit, int year) {
        return jdbc.sql("select subjects, registered, recognised from stat_count where unit_id = :u and year = :y "
                        + "and title = 'GIA_DINH' and source = 'RECORDS'")
                .param("u", unit).param("y", year)
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
    }

    private int band(long unit, String band) {
        return jdbc.sql("select registered from stat_breakdown where unit_id = :u and dimension = 'BAND' and value = :b")
                .param("u", unit).param("b", band).query(Integer.class).single();
    }
}
