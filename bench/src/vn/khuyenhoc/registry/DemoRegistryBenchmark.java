package vn.khuyenhoc.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.geography.UnitKind;
import vn.khuyenhoc.geography.Units;
import vn.khuyenhoc.registry.generator.HouseholdGenerator;

/**
 * How long the demo registry of Xã Liên Hương (8,100 households, about 31,000 persons) takes to load, as at
 * every start on an empty database, and how long the generator takes for 100,000 households. Each load runs in
 * a transaction that first empties the registry and is rolled back. Run: bench/run.sh registry-demo.
 */
@IntegrationTest
class DemoRegistryBenchmark {

    private static final int ROUNDS = 5;
    @Autowired JdbcClient jdbc;
    @Autowired DemoRegistry registry;
    @Autowired Units units;
    @Autowired TransactionTemplate transaction;

    @Test
    void loadingTheDemoRegistry() {
        long commune = units.byCode("22969", UnitKind.COMMUNE, LocalDate.now()).orElseThrow().unitId();
        var loads = new ArrayList<Double>();
        for (int round = 0; round < ROUNDS; round++) {
            loads.add(transaction.execute(status -> {
                status.setRollbackOnly();
                jdbc.sql("""
                        delete from reg_staff; delete from reg_member; delete from reg_household_residence;
                        delete from reg_consent; delete from reg_household; delete from reg_clan;
                        delete from reg_organisation; delete from reg_person""").update();
                long started = System.nanoTime();
                assertThat(registry.load(commune, 22969)).isPresent();
                return (System.nanoTime() - started) / 1e6;
            }));
        }
        var generations = new ArrayList<Double>();
        for (int round = 0; round < ROUNDS; round++) {
            long started = System.nanoTime();
            var households = new HouseholdGenerator(round).generate(List.of("22969-001", "22969-002"), 100_000);
            generations.add((System.nanoTime() - started) / 1e6);
            assertThat(households).hasSize(100_000);
        }
        System.out.printf(Locale.ROOT, """
                == DemoRegistryBenchmark (%d rounds; median / max in ms; load average %.1f on %d cores)
                demo registry load (8,100 households, ~31,000 persons, COPY)  %s
                generator, 100,000 households in memory                       %s
                """, ROUNDS, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors(), describe(loads), describe(generations));
    }

    private static String describe(List<Double> millis) {
        var sorted = millis.stream().sorted().toList();
        return String.format(Locale.ROOT, "%8.0f / %8.0f", sorted.get(sorted.size() / 2),
                sorted.get(sorted.size() - 1));
    }
}
