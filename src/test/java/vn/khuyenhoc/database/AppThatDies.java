package vn.khuyenhoc.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The app in a JVM of its own, as in real life: it starts the embedded server the app's way, writes a row, and
 * dies without any shutdown (as after kill -9) — at once, or when its standard input closes. The server keeps
 * running on the directory, and the JVM's lock on it goes away with the JVM.
 */
final class AppThatDies {

    static final String READY = "app ready";
    static final String ROW = "Nhà Bè";
    private final Process process;
    private final long serverPid;

    private AppThatDies(Process process, long serverPid) {
        this.process = process;
        this.serverPid = serverPid;
    }

    /** Starts the app and waits until its server runs; with {@code dieNow} the app is already dead on return. */
    static AppThatDies start(Path directory, boolean dieNow) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                AppThatDies.class.getName(), directory.toString(), String.valueOf(dieNow))
                .redirectErrorStream(true).start();
        var output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        var seen = new StringBuilder();
        String line;
        while ((line = output.readLine()) != null && !line.contains(READY)) {
            seen.append(line).append('\n');
        }
        assertThat(line).as("the app did not start its server:\n" + seen).isNotNull();
        drain(output);
        if (dieNow) {
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        long server = Long.parseLong(Files.readAllLines(directory.resolve("postmaster.pid")).get(0).trim());
        return new AppThatDies(process, server);
    }

    long serverPid() {
        return serverPid;
    }

    boolean serverRuns() {
        return ProcessHandle.of(serverPid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** The app dies now, without closing its server. */
    void die() throws Exception {
        process.getOutputStream().close();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }

    /** Whatever a failed test left running goes. */
    void cleanUp() {
        process.destroyForcibly();
        ProcessHandle.of(serverPid).ifPresent(ProcessHandle::destroyForcibly);
    }

    private static void drain(BufferedReader output) {
        var drain = new Thread(() -> {
            try {
                output.transferTo(Writer.nullWriter());
            } catch (IOException ignored) {
                // the app is gone
            }
        });
        drain.setDaemon(true);
        drain.start();
    }

    public static void main(String[] args) throws Exception {
        var postgres = EmbeddedDatabaseConfiguration.start(EmbeddedDatabaseIntegrationTests.durable(Path.of(args[0])));
        try (var connection = postgres.getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            statement.execute("create table kept (name text); insert into kept values ('" + ROW + "')");
        }
        System.out.println(READY);
        System.out.flush();
        if (!Boolean.parseBoolean(args[1])) {
            System.in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        Runtime.getRuntime().halt(0);
    }
}
