package vn.khuyenhoc.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server left behind by an app that was killed (kill -9, power loss): its {@code postmaster.pid} names a
 * process that still runs on our data directory, or a process that no longer exists. Either would make the
 * next start fail, so the first is asked to shut down (a fast, clean stop) and the second's file is removed.
 */
final class OrphanedServer {

    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(60);
    private final Path pidFile;

    OrphanedServer(Path dataDirectory) {
        this.pidFile = dataDirectory.resolve("postmaster.pid");
    }

    void stopIfRunning() throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> process = pid().flatMap(ProcessHandle::of).filter(OrphanedServer::isPostgres);
        if (process.isEmpty()) {
            log.warn("Removing stale {} (its process is gone)", pidFile);
            Files.deleteIfExists(pidFile);
            return;
        }
        log.warn("Stopping orphaned PostgreSQL (pid {}) left by an unclean stop", process.get().pid());
        process.get().destroy(); // SIGTERM: PostgreSQL's "smart" shutdown, which keeps the data consistent
        try {
            process.get().onExit().get(STOP_WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The orphaned PostgreSQL server did not stop in time: " + pidFile, e);
        }
        Files.deleteIfExists(pidFile);
    }

    private Optional<Long> pid() throws IOException {
        var lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle handle) {
        return handle.info().command().map(command -> command.endsWith("postgres")).orElse(false);
    }
}
