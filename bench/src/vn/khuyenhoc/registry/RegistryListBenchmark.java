package vn.khuyenhoc.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.TestSessions;
import vn.khuyenhoc.registry.generator.GeneratedSheets;
import vn.khuyenhoc.registry.generator.HouseholdGenerator;

/**
 * How fast the households and citizens lists answer a commune officer when the commune holds 100,000 more
 * households (about 400,000 persons) loaded through the real import, over HTTP with the whole stack, against the
 * login page and the cheapest query (one row by primary key) in the same run. Run: bench/run.sh registry-list.
 */
@IntegrationTest
@TestPropertySource(properties = "spring.thymeleaf.cache=true") // as in production
class RegistryListBenchmark {

    private static final int HOUSEHOLDS = 100_000;
    private static final int ROUNDS = 200;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    @Test
    void listingOneHundredThousandHouseholds() throws Exception {
        long loadMillis = load();
        jdbc.sql("vacuum analyze").update(); // as autovacuum does after a bulk import
        long village = jdbc.sql("select unit_id from geography_unit_current where code = '22969-008'")
                .query(Long.class).single();
        long person = jdbc.sql("select max(id) from reg_person").query(Long.class).single();
        String rare = rareGivenName();
        var officer = TestSessions.signIn(mvc, "xa.lienhuong", "khuyenhoc");

        var query = time(() -> jdbc.sql("select full_name from reg_person where id = :id").param("id", person)
                .query(String.class).single());
        var login = time(() -> mvc.perform(get("/login")).andReturn());
        String households = "/registry/households";
        String[][] reads = {
                {"households page 1 (htmx fragment)", households, ""},
                {"households page 1 (full page)", households, "full"},
                {"households page 1,000", households + "?page=1000", ""},
                {"households search \"nguyen van\"", households + "?q=nguyen van", ""},
                {"households search rare \"" + rare + "\"", households + "?q=" + rare, ""},
                {"households search code \"B-HGD-0777\"", households + "?q=B-HGD-0777", ""},
                {"households of village 22969-008", households + "?village=" + village, ""},
                {"citizens page 1 (htmx fragment)", "/registry/citizens", ""},
                {"citizens search \"nguyen van\"", "/registry/citizens?q=nguyen van", ""},
                {"API households ?q=nguyen van", "/api/v1/households?q=nguyen van", "full"}};
        var report = new StringBuilder();
        for (String[] read : reads) {
            var timing = time(() -> check(mvc.perform(request(read[1], read[2].isEmpty(), officer)).andReturn()
                    .getResponse().getStatus(), read[1]));
            report.append(String.format(Locale.ROOT, "http   %-40s %s%n", read[0], timing.describe(login)));
        }
        System.out.printf(Locale.ROOT, """
                == RegistryListBenchmark (%d rounds each; median / p95 in ms; ratio = median / baseline median)
                data: %,d households, %,d persons in Xã Liên Hương; import of %,d households took %,d ms
                query  baseline (1 row by primary key)           %s
                http   baseline GET /login                       %s
                %s""", ROUNDS, count("reg_household"), count("reg_person"), HOUSEHOLDS, loadMillis,
                query.describe(query), login.describe(login), report);
        holdForInspection();
    }

    /** Generates 100,000 households (codes B-HGD-…) and imports them as one CSV through the JSON API as admin. */
    private long load() throws Exception {
        var villages = IntStream.rangeClosed(1, 14).mapToObj(n -> "22969-%03d".formatted(n)).toList();
        var csv = new ByteArrayOutputStream();
        GeneratedSheets.writeCsv(new HouseholdGenerator(2026).stream(villages, HOUSEHOLDS)
                .map(h -> h.withVillage(h.villageCode(), "B-" + h.code())), csv);
        var admin = TestSessions.signIn(mvc, "admin", "khuyenhoc");
        long start = System.nanoTime();
        var file = new MockMultipartFile("file", "bench.csv", "text/csv", csv.toByteArray());
        String body = mvc.perform(multipart("/api/v1/registry/imports").file(file).param("kind", "HOUSEHOLDS")
                .with(admin).with(csrf())).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(body.replaceAll("\\D", ""));
        assertThat(await(id)).isEqualTo("READY");
        mvc.perform(post("/api/v1/registry/imports/" + id + "/commit").with(admin).with(csrf())).andReturn();
        assertThat(await(id)).isEqualTo("COMMITTED");
        return (System.nanoTime() - start) / 1_000_000;
    }

    private String await(long id) throws InterruptedException {
        while (true) {
            String status = jdbc.sql("select status || coalesce(' ' || error_key, '') || ' ' || problem_count "
                    + "from reg_import where id = :id").param("id", id).query(String.class).single();
            if (!status.startsWith("READING") && !status.startsWith("COMMITTING")) {
                assertThat(status).endsWith(" 0");
                return status.substring(0, status.indexOf(' '));
            }
            Thread.sleep(50);
        }
    }

    /** A given name (the last word) that few persons have, so its search returns a handful of rows. */
    private String rareGivenName() {
        return jdbc.sql("""
                select w from (select substring(name_folded from '(\\S+)$') as w from reg_person) x
                where length(w) > 3 group by w order by count(*), w limit 1""").query(String.class).single();
    }

    private static MockHttpServletRequestBuilder request(String url, boolean fragment, RequestPostProcessor session) {
        var request = get(url).with(session);
        return fragment ? request.header("HX-Request", "true") : request;
    }

    private static void check(int status, String url) {
        if (status != 200) {
            throw new IllegalStateException(url + " answered " + status);
        }
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** With -Dhold=seconds the database stays up after the run, for EXPLAIN ANALYZE with psql. */
    private void holdForInspection() throws InterruptedException {
        int seconds = Integer.getInteger("hold", 0);
        if (seconds > 0) {
            System.out.println("== hold: psql -h localhost -p "
                    + jdbc.sql("select current_setting('port')").query(String.class).single()
                    + " -U " + jdbc.sql("select current_user").query(String.class).single()
                    + " -d " + jdbc.sql("select current_database()").query(String.class).single());
            Thread.sleep(seconds * 1000L);
        }
    }

    interface Work {
        void run() throws Exception;
    }

    record Timing(double median, double p95) {
        String describe(Timing baseline) {
            return String.format(Locale.ROOT, "%7.2f / %7.2f   ratio %6.1f", median, p95, median / baseline.median);
        }
    }

    /** 20 warm-up calls, then 200 timed; a read slower than half a second gets 20 so that the run stays short. */
    private static Timing time(Work work) throws Exception {
        long warmUp = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            work.run(); // warm-up: JIT, connection pool, plan cache
        }
        int rounds = System.nanoTime() - warmUp > 20 * 500_000_000L ? 20 : ROUNDS;
        double[] millis = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            work.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return new Timing(millis[rounds / 2], millis[(int) (rounds * 0.95)]);
    }
}
