package vn.khuyenhoc.geography.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.geography.ImportFormat;
import vn.khuyenhoc.geography.MapImports;
import vn.khuyenhoc.shared.Text;

/**
 * How long importing the national lists takes (preview, then commit: parse, plan, batched writes, audit entry,
 * scope rebuild) on a fresh embedded database, against a baseline measured in the same run: PostgreSQL COPY of
 * the same rows, already in CSV, into a scratch table. Each round runs in a transaction that is rolled back, so
 * every round starts from the empty map. Run: bench/run.sh import (needs ../shared/data).
 */
@IntegrationTest
@TestPropertySource(properties = "khuyenhoc.demo.enabled=false")
class ImportBenchmark {

    private static final int ROUNDS = 5;
    @Autowired MapImports imports;
    @Autowired TransactionTemplate transaction;
    @Autowired DataSource dataSource;

    @Test
    void importingTheNationalLists() throws Exception {
        Path folder = Path.of(System.getProperty("khuyenhoc.shared-data", "../shared/data"), "admin-units");
        Assumptions.assumeTrue(Files.isDirectory(folder), "Skipped: no shared lists in " + folder.toAbsolutePath());
        byte[] after = Files.readAllBytes(folder.resolve("units-2026.json"));
        byte[] before = Files.readAllBytes(folder.resolve("units-2025-03.json"));
        byte[] lineage = Files.readAllBytes(folder.resolve("lineage-2025-07-01.json"));
        String afterRows = csv(AfterReformParser.parse(after));
        String beforeRows = csv(BeforeReformParser.parse(before));
        String linkRows = LineageParser.parse(lineage).stream()
                .flatMap(link -> link.targets().stream().map(target -> link.oldCode() + "," + target + "\n"))
                .collect(Collectors.joining());

        double[][] ours = new double[6][ROUNDS];
        double[][] copy = new double[3][ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            int r = round;
            transaction.executeWithoutResult(status -> {
                importTimed(ImportFormat.UNITS_AFTER_REFORM, after, ours, 0, r);
                importTimed(ImportFormat.UNITS_BEFORE_REFORM, before, ours, 2, r);
                importTimed(ImportFormat.LINEAGE_2025, lineage, ours, 4, r);
                status.setRollbackOnly();
            });
            copy[0][r] = copyTimed("unit_id bigint, code text, name text, kind text, type_name text, "
                    + "parent_code text, valid_from date, valid_to date, name_folded text", afterRows);
            copy[1][r] = copyTimed("unit_id bigint, code text, name text, kind text, type_name text, "
                    + "parent_code text, valid_from date, valid_to date, name_folded text", beforeRows);
            copy[2][r] = copyTimed("old_code text, new_code text", linkRows);
        }
        report(ours, copy, afterRows, beforeRows, linkRows);
        assertThat(median(ours[0]) + median(ours[1])).as("post-reform list in under 10 s").isLessThan(10);
    }

    private void importTimed(ImportFormat format, byte[] content, double[][] into, int row, int round) {
        long start = System.nanoTime();
        var preview = imports.preview(format, format.name(), content);
        long previewed = System.nanoTime();
        var done = imports.commit(preview.importId());
        into[row][round] = (previewed - start) / 1e9;
        into[row + 1][round] = (System.nanoTime() - previewed) / 1e9;
        assertThat(done.counts().created() + done.counts().changed()).isPositive();
    }

    /** COPY of the rows into a scratch table, on its own connection, rolled back; only the COPY is timed. */
    private double copyTimed(String columns, String rows) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.createStatement().execute("create temp table scratch (" + columns + ")");
            long start = System.nanoTime();
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy scratch from stdin with (format csv)", new StringReader(rows));
            double seconds = (System.nanoTime() - start) / 1e9;
            connection.rollback();
            return seconds;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rows as the importer writes them: one unit version each (parent by code; the importer resolves ids). */
    private static String csv(List<UnitRecord> records) {
        Function<String, String> quoted = text -> text == null ? "" : "\"" + text.replace("\"", "\"\"") + "\"";
        var lines = new StringBuilder();
        long id = 1;
        for (UnitRecord r : records) {
            lines.append(id++).append(',').append(quoted.apply(r.code())).append(',').append(quoted.apply(r.name()))
                    .append(',').append(r.kind()).append(',').append(quoted.apply(r.typeName())).append(',')
                    .append(quoted.apply(r.parentCode())).append(',')
                    .append(r.range().from() == null ? "" : r.range().from()).append(',')
                    .append(r.range().to() == null ? "" : r.range().to()).append(',')
                    .append(quoted.apply(Text.fold(r.name()))).append('\n');
        }
        return lines.toString();
    }

    private static void report(double[][] ours, double[][] copy, String afterRows, String beforeRows, String links) {
        System.out.printf(Locale.ROOT, """
                == ImportBenchmark (%d rounds, median seconds; ratio = (preview + commit) / COPY)
                list                       rows    preview  commit   total    COPY     ratio
                after reform (34 + 3,321)  %6d  %7.3f  %7.3f  %7.3f  %7.4f  %6.0f
                before reform (63+696+10k) %6d  %7.3f  %7.3f  %7.3f  %7.4f  %6.0f
                lineage 2025-07-01 links   %6d  %7.3f  %7.3f  %7.3f  %7.4f  %6.0f
                """, ROUNDS,
                lines(afterRows), median(ours[0]), median(ours[1]), median(ours[0]) + median(ours[1]), median(copy[0]),
                (median(ours[0]) + median(ours[1])) / median(copy[0]),
                lines(beforeRows), median(ours[2]), median(ours[3]), median(ours[2]) + median(ours[3]), median(copy[1]),
                (median(ours[2]) + median(ours[3])) / median(copy[1]),
                lines(links), median(ours[4]), median(ours[5]), median(ours[4]) + median(ours[5]), median(copy[2]),
                (median(ours[4]) + median(ours[5])) / median(copy[2]));
    }

    private static long lines(String rows) {
        return rows.chars().filter(c -> c == '\n').count();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
