package vn.khuyenhoc.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.registry.common.Names;
import vn.khuyenhoc.registry.generator.GeneratedHousehold;
import vn.khuyenhoc.registry.generator.GeneratedSheets;
import vn.khuyenhoc.registry.generator.HouseholdGenerator;
import vn.khuyenhoc.shared.Text;

/**
 * A 100,000-household two-sheet .xlsx (about 400,000 members) through the real service as an administrator does
 * it: upload, background read/check/stage, preview, commit; timed end to end and the commit alone, against
 * PostgreSQL COPY of the same household and member rows from CSV into plain tables shaped like reg_household and
 * reg_member (members with their person columns), in the same run. Imported rows are deleted between rounds.
 * Run: bench/run.sh registry-import.
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
            copy[round] = copyTimed(households);
            deleteImported();
        }
        System.out.printf(Locale.ROOT, """
                == RegistryImportBenchmark (%d rounds, median seconds)
                file: %,d households, %,d members, %.1f MB .xlsx (two sheets)
                end to end (upload, read, check, stage, preview, commit): %.2f s
                commit alone: %.2f s
                COPY of the same household + member rows (plain tables): %.2f s
                commit / COPY: %.2f
                """, ROUNDS, HOUSEHOLDS, members, file.length / 1e6, median(total), median(commit), median(copy),
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

    /** COPY of the households and members (with their person columns) as CSV, into fresh plain tables. */
    private double copyTimed(List<GeneratedHousehold> households) throws Exception {
        var h = new StringBuilder();
        var m = new StringBuilder();
        long id = 1;
        long person = 1;
        for (var household : households) {
            String head = household.head().fullName();
            h.append(id).append(",1,\"").append(household.code()).append("\",\"").append(head).append("\",\"")
                    .append(household.address()).append("\",").append(nullable(household.phone())).append(",,")
                    .append(household.since()).append(",\"").append(Text.fold(household.code() + " " + head))
                    .append("\",\\x").append(hex(Names.personSortKey(head))).append('\n');
            int position = 0;
            for (var member : household.members()) {
                m.append(id).append(',').append(person++).append(",\"").append(member.fullName()).append("\",\"")
                        .append(Text.fold(member.fullName())).append("\",\\x")
                        .append(hex(Names.personSortKey(member.fullName()))).append(',').append(member.birthYear())
                        .append(',').append(member.sex()).append(',').append(nullable(member.occupation()))
                        .append(',').append(member.targetGroup() == null ? "" : member.targetGroup().name())
                        .append(',').append(member.schoolLevel() == null ? "" : member.schoolLevel().name())
                        .append(',').append(member.relation()).append(',').append(position++).append(',')
                        .append(household.since()).append('\n');
            }
            id++;
        }
        try (Connection connection = dataSource.getConnection()) {
            var statement = connection.createStatement();
            statement.execute("drop table if exists bench_household, bench_member");
            statement.execute("""
                    create table bench_household (id bigint, village_id bigint, code text, head_name text, address text,
                        phone text, clan_id bigint, since date, search_folded text, sort_key bytea)""");
            statement.execute("""
                    create table bench_member (household_id bigint, person_id bigint, full_name text, name_folded text,
                        sort_key bytea, birth_year int, sex text, occupation text, target_group text,
                        school_level text, relation text, position int, joined_on date)""");
            var api = connection.unwrap(PGConnection.class).getCopyAPI();
            long start = System.nanoTime();
            api.copyIn("copy bench_household from stdin (format csv)", new StringReader(h.toString()));
            api.copyIn("copy bench_member from stdin (format csv)", new StringReader(m.toString()));
            double seconds = (System.nanoTime() - start) / 1e9;
            statement.execute("drop table bench_household, bench_member");
            return seconds;
        }
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
        jdbc.sql("vacuum analyze reg_person").update();
    }

    private static String nullable(String text) {
        return text == null ? "" : "\"" + text + "\"";
    }

    private static String hex(byte[] bytes) {
        var text = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            text.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return text.toString();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
