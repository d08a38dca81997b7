package vn.khuyenhoc.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server as the app starts it ({@link EmbeddedDatabaseConfiguration#start}), without Spring: it keeps
 * data safely and starts again after a clean stop, after the app died with the server still running, and over a
 * stale {@code postmaster.pid}. Each test has its own server in its own directory.
 */
class EmbeddedDatabaseIntegrationTests {

    @TempDir
    Path directory;

    @Test
    void thePersistentDefaultSyncsEveryCommitToDisk() throws Exception {
        try (var postgres = EmbeddedDatabaseConfiguration.start(durable(directory))) {
            assertThat(show(postgres, "fsync")).isEqualTo("on");
            assertThat(show(postgres, "synchronous_commit")).isEqualTo("on");
            assertThat(show(postgres, "full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void dataSurvivesAStopAndARestartOnTheSameDirectory() throws Exception {
        try (var postgres = EmbeddedDatabaseConfiguration.start(durable(directory))) {
            execute(postgres, "create table kept (name text); insert into kept values ('Liên Hương')");
        }
        try (var postgres = EmbeddedDatabaseConfiguration.start(durable(directory))) {
            assertThat(query(postgres, "select name from kept")).containsExactly("Liên Hương");
        }
    }

    @Test
    void aServerLeftRunningByADeadAppIsStoppedAndItsDataKept() throws Exception {
        var app = AppThatDies.start(directory, true);
        // another client (an administrator's psql, say) still connected must not hold up the recovery
        try (var session = DriverManager.getConnection(orphanUrl(directory), "postgres", "")) {
            assertThat(app.serverRuns()).isTrue();
            assertThat(session.isValid(5)).isTrue();
            try (var postgres = EmbeddedDatabaseConfiguration.start(durable(directory))) {
                assertThat(app.serverRuns()).isFalse();
                assertThat(query(postgres, "select name from kept")).containsExactly(AppThatDies.ROW);
            }
        } finally {
            app.cleanUp();
        }
    }

    @Test
    void aServerWhoseAppStillRunsIsLeftAloneAndTheSecondStartRefused() throws Exception {
        var app = AppThatDies.start(directory, false);
        try {
            assertThatThrownBy(() -> EmbeddedDatabaseConfiguration.start(durable(directory)))
                    .hasMessageContaining("still running");
            assertThat(app.serverRuns()).isTrue();

            app.die();
            try (var postgres = EmbeddedDatabaseConfiguration.start(durable(directory))) {
                assertThat(app.serverRuns()).isFalse();
                assertThat(query(postgres, "select name from kept")).containsExactly(AppThatDies.ROW);
            }
        } finally {
            app.cleanUp();
        }
    }

    @Test
    void aStalePidFileNamingADeadProcessDoesNotBlockTheStart() throws Exception {
        List<String> pidFile = startWriteAndStop(directory);
        long dead = finishedProcessId();
        writePidFile(directory, dead, pidFile);

        try (var postgres = EmbeddedDatabaseConfiguration.start(durable(directory))) {
            assertThat(query(postgres, "select name from kept")).containsExactly("Nhà Bè");
            assertThat(Files.readAllLines(directory.resolve("postmaster.pid")).get(0)).isNotEqualTo(String.valueOf(dead));
        }
    }

    @Test
    void aStalePidFileNamingAnotherLivingProgramNeitherStopsItNorBlocksTheStart() throws Exception {
        List<String> pidFile = startWriteAndStop(directory);
        Process stranger = new ProcessBuilder("sleep", "120").start();
        try {
            writePidFile(directory, stranger.pid(), pidFile);
            try (var postgres = EmbeddedDatabaseConfiguration.start(durable(directory))) {
                assertThat(query(postgres, "select name from kept")).containsExactly("Nhà Bè");
                assertThat(stranger.isAlive()).isTrue();
            }
        } finally {
            stranger.destroyForcibly();
        }
    }

    @Test
    void aStalePidFileNamingAnotherDirectorysServerLeavesThatServerRunning() throws Exception {
        Path ours = Files.createDirectory(directory.resolve("ours"));
        List<String> pidFile = startWriteAndStop(ours);
        try (var theirs = EmbeddedDatabaseConfiguration.start(durable(directory.resolve("theirs")))) {
            long theirPid = Long.parseLong(Files.readAllLines(directory.resolve("theirs/postmaster.pid")).get(0));
            writePidFile(ours, theirPid, pidFile);
            try (var postgres = EmbeddedDatabaseConfiguration.start(durable(ours))) {
                assertThat(query(postgres, "select name from kept")).containsExactly("Nhà Bè");
                assertThat(show(theirs, "data_directory")).endsWith("theirs");
            }
        }
    }

    @Test
    void aThrowAwayTestDatabaseStartsAfreshOverWhatAKilledRunLeftBehind() throws Exception {
        var app = AppThatDies.start(directory, true);
        try (var postgres = EmbeddedDatabaseConfiguration.start(
                new EmbeddedDatabaseProperties(directory.toString(), 0, true))) {
            assertThat(app.serverRuns()).isFalse();
            assertThat(query(postgres, "select count(*) from pg_tables where tablename = 'kept'")).containsExactly("0");
            assertThat(show(postgres, "fsync")).isEqualTo("off");
        } finally {
            app.cleanUp();
        }
    }

    static EmbeddedDatabaseProperties durable(Path directory) {
        return new EmbeddedDatabaseProperties(directory.toString(), 0, false);
    }

    private static String orphanUrl(Path directory) throws IOException {
        String port = Files.readAllLines(directory.resolve("postmaster.pid")).get(3).trim();
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    /** Starts, writes a row, keeps the server's own pid file, and stops cleanly. */
    private static List<String> startWriteAndStop(Path directory) throws Exception {
        try (var postgres = EmbeddedDatabaseConfiguration.start(durable(directory))) {
            execute(postgres, "create table kept (name text); insert into kept values ('Nhà Bè')");
            return Files.readAllLines(directory.resolve("postmaster.pid"));
        }
    }

    /** Puts back the server's pid file as a crash would leave it, naming another process. */
    private static void writePidFile(Path directory, long pid, List<String> original) throws IOException {
        assertThat(directory.resolve("postmaster.pid")).doesNotExist();
        var lines = new ArrayList<>(original);
        lines.set(0, String.valueOf(pid));
        Files.write(directory.resolve("postmaster.pid"), lines);
    }

    private static long finishedProcessId() throws Exception {
        Process done = new ProcessBuilder("true").start();
        assertThat(done.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(ProcessHandle.of(done.pid())).isEmpty();
        return done.pid();
    }

    private static String show(EmbeddedPostgres postgres, String setting) throws SQLException {
        return query(postgres, "show " + setting).get(0);
    }

    private static void execute(EmbeddedPostgres postgres, String sql) throws SQLException {
        try (var connection = postgres.getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<String> query(EmbeddedPostgres postgres, String sql) throws SQLException {
        try (var connection = postgres.getPostgresDatabase().getConnection();
             var statement = connection.createStatement();
             var rows = statement.executeQuery(sql)) {
            var values = new ArrayList<String>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
