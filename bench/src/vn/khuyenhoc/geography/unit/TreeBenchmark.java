package vn.khuyenhoc.geography.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.TestSessions;

/**
 * How fast one level of the unit tree opens, on a generated national map (34 provinces, 3,321 communes,
 * 30 villages each: about 100,000 villages), against a baseline measured in the same run: the cheapest
 * database round trip (one row by primary key) and, over HTTP, the login page. Run: bench/run.sh tree.
 */
@IntegrationTest
class TreeBenchmark {

    private static final int ROUNDS = 200;
    @Autowired JdbcClient jdbc;
    @Autowired UnitQueries queries;
    @Autowired UnitScopes scopes;
    @Autowired TransactionTemplate transaction;
    @Autowired MockMvc mvc;

    @Test
    void openingALevelOfTheTree() throws Exception {
        long rebuildNanos = generateMap();
        long province = jdbc.sql("select unit_id from geo_unit_version where code = 'G17'").query(Long.class).single();
        long commune = jdbc.sql("select unit_id from geo_unit_version where parent_id = :p order by code limit 1")
                .param("p", province).query(Long.class).single();
        long anyVersion = jdbc.sql("select max(id) from geo_unit_version").query(Long.class).single();
        List<String> all = List.of("/");
        LocalDate today = LocalDate.now();

        var baseline = time(() -> jdbc.sql("select name from geo_unit_version where id = :id").param("id", anyVersion)
                .query(String.class).single());
        var roots = time(() -> queries.roots(all, today));
        var provinceLevel = time(() -> queries.children(province, all, today));
        var communeLevel = time(() -> queries.children(commune, all, today));
        var search = time(() -> queries.search("xa thu 1234", all, today));
        List<String> provinceScope = jdbc.sql("select path from geo_unit_scope where unit_id = :p")
                .param("p", province).query(String.class).list();
        var officerRoots = time(() -> queries.roots(provinceScope, today));
        var officerSearch = time(() -> queries.search("thon dong 7", provinceScope, today));
        assertThat(queries.children(province, all, today)).hasSizeGreaterThan(90);
        assertThat(queries.children(commune, all, today)).hasSize(30);

        var session = TestSessions.signIn(mvc, "admin", "khuyenhoc");
        var httpBaseline = time(() -> mvc.perform(get("/login")).andReturn());
        var httpProvince = time(() -> mvc.perform(get("/geography/units/" + province + "/children").with(session)
                .header("HX-Request", "true")).andReturn());
        var httpCommune = time(() -> mvc.perform(get("/geography/units/" + commune + "/children").with(session)
                .header("HX-Request", "true")).andReturn());

        System.out.printf(Locale.ROOT, """
                == TreeBenchmark (%d rounds each; median / p95 in ms; ratio = median / baseline median)
                map: %d unit versions; full scope rebuild %.0f ms
                query  baseline (1 row by primary key)  %s
                query  roots (34 provinces)             %s
                query  province level (~98 communes)    %s
                query  commune level (30 villages)      %s
                query  search without diacritics        %s
                query  roots as a province officer      %s
                query  search as a province officer     %s
                http   baseline GET /login              %s
                http   province level (htmx fragment)   %s
                http   commune level (htmx fragment)    %s
                """, ROUNDS, jdbc.sql("select count(*) from geo_unit_version").query(Long.class).single(),
                rebuildNanos / 1e6, baseline.describe(baseline), roots.describe(baseline),
                provinceLevel.describe(baseline), communeLevel.describe(baseline), search.describe(baseline),
                officerRoots.describe(baseline), officerSearch.describe(baseline),
                httpBaseline.describe(httpBaseline), httpProvince.describe(httpBaseline), httpCommune.describe(httpBaseline));
    }

    /** Generates the synthetic map with set-based SQL, then rebuilds the scope paths (timed). */
    private long generateMap() {
        return transaction.execute(status -> {
            jdbc.sql(MapGenerator.SQL).update();
            long start = System.nanoTime();
            scopes.rebuild();
            return System.nanoTime() - start;
        });
    }

    interface Work {
        void run() throws Exception;
    }

    record Timing(double median, double p95) {
        String describe(Timing baseline) {
            return String.format(Locale.ROOT, "%7.2f / %7.2f   ratio %6.1f", median, p95, median / baseline.median);
        }
    }

    private static Timing time(Work work) throws Exception {
        for (int i = 0; i < 20; i++) {
            work.run(); // warm-up: JIT, connection pool, plan cache
        }
        double[] millis = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            work.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return new Timing(millis[ROUNDS / 2], millis[(int) (ROUNDS * 0.95)]);
    }
}
