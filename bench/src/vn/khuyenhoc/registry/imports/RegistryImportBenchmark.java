package vn.khuyenhoc.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.registry.generator.GeneratedSheets;
import vn.khuyenhoc.registry.generator.HouseholdGenerator;

/**
 * A 100,000-household two-sheet .xlsx (about 380,000 members) through the real service as an administrator does
 * it: upload, background read/check/stage, preview, commit; timed end to end and the commit alone, against
 * PostgreSQL COPY of the same rows from CSV in the same run ({@link CopyBaseline}: into tables like the registry's,
 * and into plain tables). Imported rows are deleted between rounds. Run: bench/run.sh registry-import.
 */
@IntegrationTest
class RegistryImportBenchmark {

    private static final int HOUSEHOLDS = 100_000;
    private static final int ROUNDS = Integer.getInteger("rounds", 3);
    @Autowired RegistryImports imports;
    @Autowired ImportRecords store;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;

    @Test
    void importingOneHundredThousandHouseholds() throws Exception {
        new TestAccounts(jdbc, accounts, users).signIn("admin");
        var villages = IntStream.rangeClosed(1, 14).mapToObj(n -> "22969-%03d".formatted(n)).toList();
        // Codes of their own ("B-HGD-0001"), so that the demo households of the same villages stay untouched
        var households = new HouseholdGenerator(2026).generate(villages, HOUSEHOLDS).stream()
                .map(h -> h.withVillage(h.villageCode(), "B-" + h.code())).toList();
        var bytes = new ByteArrayOutputStream();
        GeneratedSheets.writeXlsx(households, bytes);
        byte[] file = bytes.toByteArray();
        int members = households.stream().mapToInt(h -> h.members().size()).sum();
        double[] total = new double[ROUNDS];
        double[] commit = new double[ROUNDS];
        double[] copy = new double[ROUNDS];
        double[] copyIndexed = new double[ROUNDS];
        var baseline = new CopyBaseline(dataSource, villageIds(villages));
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            long id = imports.upload(ImportKind.HOUSEHOLDS, "bench.xlsx", new ByteArrayInputStream(file));
            var preview = await(id);
            assertThat(preview.counts()).containsEntry("recordsNew", HOUSEHOLDS).containsEntry("membersNew", members);
            long committing = System.nanoTime();
            imports.commit(id);
            assertThat(await(id).status()).isEqualTo("COMMITTED");
            long end = System.nanoTime();
            total[round] = (end - start) / 1e9;
            commit[round] = (end - committing) / 1e9;
            copy[round] = baseline.intoPlainTables(households);
            copyIndexed[round] = baseline.intoTablesLikeTheRegistrys(households);
            deleteImported();
        }
        System.out.printf(Locale.ROOT, """
                == RegistryImportBenchmark (%d rounds, median seconds)
                file: %,d households, %,d members, %.1f MB .xlsx (two sheets)
                end to end (upload, read, check, stage, preview, commit): %.2f s
                commit alone: %.2f s
                COPY of the same rows into tables like the registry's (same indexes): %.2f s
                commit / that COPY: %.2f
                COPY of the same household + member rows into plain tables (no index): %.2f s
                commit / plain COPY: %.2f
                """, ROUNDS, HOUSEHOLDS, members, file.length / 1e6, median(total), median(commit),
                median(copyIndexed), median(commit) / median(copyIndexed), median(copy),
                median(commit) / median(copy));
        assertThat(median(total)).as("end to end under 10 s").isLessThan(10);
    }

    private ImportView await(long id) throws InterruptedException {
        while (true) {
            var view = store.find(id).orElseThrow();
            if (!view.working()) {
                assertThat(view.errorKey()).isNull();
                return view;
            }
            Thread.sleep(5);
        }
    }

    private java.util.Map<String, Long> villageIds(List<String> codes) {
        var ids = new java.util.HashMap<String, Long>();
        for (String code : codes) {
            ids.put(code, jdbc.sql("select unit_id from geography_unit_current where code = :code and not closed")
                    .param("code", code).query(Long.class).single());
        }
        return ids;
    }

    private void deleteImported() {
        jdbc.sql("create temp table bench_people as select m.person_id from reg_member m join reg_household h "
                + "on h.id = m.household_id where h.code like 'B-HGD-%'").update();
        jdbc.sql("delete from reg_member where household_id in (select id from reg_household where code like 'B-HGD-%')")
                .update();
        jdbc.sql("delete from reg_household_residence where household_id in "
                + "(select id from reg_household where code like 'B-HGD-%')").update();
        jdbc.sql("delete from reg_household where code like 'B-HGD-%'").update();
        jdbc.sql("delete from reg_person where id in (select person_id from bench_people)").update();
        jdbc.sql("drop table bench_people").update();
        // each round starts from the same state: without a vacuum the dead rows of the rounds before (and the
        // households' trigram pending list) pile up and slow each round more than the last
        jdbc.sql("vacuum analyze reg_person, reg_household, reg_household_residence, reg_member").update();
    }



    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
