package vn.khuyenhoc.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.registry.generator.GeneratedSheets;
import vn.khuyenhoc.registry.generator.HouseholdGenerator;

/**
 * Paired measurements of variants of the commit's statements on one staged preview of 100,000 households: each
 * variant runs in a transaction that is rolled back, the variants take turns, so a busy machine slows both alike.
 * Run: ./mvnw -B -Pbench test -Dtest=CommitVariantsExperiment -Dsurefire.failIfNoSpecifiedTests=false (not part
 * of the benchmark's figures).
 */
@IntegrationTest
class CommitVariantsExperiment {

    private static final int TURNS = Integer.getInteger("turns", 4);
    @Autowired RegistryImports imports;
    @Autowired ImportRecords store;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;

    @Test
    void variantsOfTheCommit() throws Exception {
        new TestAccounts(jdbc, accounts, users).signIn("admin");
        var villages = IntStream.rangeClosed(1, 14).mapToObj(n -> "22969-%03d".formatted(n)).toList();
        var households = new HouseholdGenerator(2026).generate(villages, 100_000).stream()
                .map(h -> h.withVillage(h.villageCode(), "B-" + h.code())).toList();
        var bytes = new ByteArrayOutputStream();
        GeneratedSheets.writeXlsx(households, bytes);
        long id = imports.upload(ImportKind.HOUSEHOLDS, "bench.xlsx", new ByteArrayInputStream(bytes.toByteArray()));
        while (store.find(id).orElseThrow().working()) {
            Thread.sleep(20);
        }
        assertThat(store.find(id).orElseThrow().status()).isEqualTo("READY");
        String persons = HouseholdCommit.INSERT_PERSONS;
        String householdsSql = HouseholdCommit.INSERT_HOUSEHOLDS;
        var variants = new LinkedHashMap<String, List<String>>();
        variants.put("persons as now", List.of(persons));
        variants.put("persons ordered by sort key", List.of(persons + " order by sort_key"));
        variants.put("households as now", List.of(householdsSql));
        variants.put("households without their trigram index",
                List.of("drop index reg_household_search_trgm", householdsSql));
        var times = new LinkedHashMap<String, List<Long>>();
        for (int turn = 0; turn < TURNS; turn++) {
            for (var variant : variants.entrySet()) {
                times.computeIfAbsent(variant.getKey(), k -> new ArrayList<>()).add(run(id, variant.getValue()));
                jdbc.sql("vacuum reg_person").update();
                jdbc.sql("vacuum reg_household").update();
            }
        }
        System.out.println("== CommitVariantsExperiment (ms per turn, last statement of each variant)");
        times.forEach((name, ms) -> System.out.printf(Locale.ROOT, "%-45s %s%n", name, ms));
        store.deleteStaged(id);
    }

    private long run(long id, List<String> statements) {
        long[] elapsed = new long[1];
        transaction.executeWithoutResult(status -> {
            jdbc.sql("set local gin_pending_list_limit = '1GB'").update();
            jdbc.sql("set local session_replication_role = replica").update();
            for (String sql : statements) {
                long start = System.nanoTime();
                jdbc.sql(sql.replace(":id", String.valueOf(id))).update();
                elapsed[0] = (System.nanoTime() - start) / 1_000_000;
            }
            status.setRollbackOnly();
        });
        return elapsed[0];
    }
}
