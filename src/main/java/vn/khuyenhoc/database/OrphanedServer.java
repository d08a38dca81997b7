package vn.khuyenhoc.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server left behind by an app that was killed (kill -9, power loss): its {@code postmaster.pid} names a
 * PostgreSQL that still runs on our data directory, or a process that no longer exists (or is now some other
 * program). Either would make the next start fail, so the first is stopped with PostgreSQL's fast shutdown and
 * the second's file is removed. A server whose app is still running is never stopped: the start is refused.
 */
final class OrphanedServer {

    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(60);
    private static final String LIBRARY_LOCK = "epg-lock";
    private final Path dataDirectory;
    private final Path pidFile;

    OrphanedServer(Path dataDirectory) {
        this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
        this.pidFile = this.dataDirectory.resolve("postmaster.pid");
    }

    void stopIfRunning() throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> process = pid().flatMap(ProcessHandle::of).filter(this::isOurServer);
        if (process.isEmpty()) {
            log.warn("Removing stale {} (no server of ours runs under its pid)", pidFile);
            Files.deleteIfExists(pidFile);
            return;
        }
        if (ownedByARunningApp()) {
            throw new IllegalStateException("The embedded PostgreSQL in " + dataDirectory + " (pid " + process.get().pid()
                    + ") belongs to an app that is still running; stop it first, or set another "
                    + "khuyenhoc.embedded-db.data-directory and port");
        }
        log.warn("Stopping orphaned PostgreSQL (pid {}) left by an unclean stop", process.get().pid());
        requestFastShutdown(process.get());
        try {
            process.get().onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The orphaned PostgreSQL server did not stop in time: " + pidFile, e);
        }
        Files.deleteIfExists(pidFile);
    }

    /**
     * The app that starts a server holds a lock on the library's {@code epg-lock} file as long as it lives; the
     * operating system drops the lock when the app dies. So a lock we cannot take means a live owner, not an orphan.
     * (Within one JVM Java refuses the second lock itself, before asking the operating system.)
     */
    private boolean ownedByARunningApp() throws IOException {
        Path lockFile = dataDirectory.resolve(LIBRARY_LOCK);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (var channel = FileChannel.open(lockFile, StandardOpenOption.WRITE); var lock = channel.tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException e) {
            return true;
        }
    }

    /**
     * SIGINT is PostgreSQL's "fast" shutdown: it disconnects clients and checkpoints, so the data stays consistent.
     * SIGTERM ("smart") would wait for every session to end, and a forgotten psql would block the start.
     */
    private static void requestFastShutdown(ProcessHandle server) {
        try {
            var kill = new ProcessBuilder("kill", "-INT", String.valueOf(server.pid())).start();
            if (kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0) {
                return;
            }
        } catch (IOException e) {
            log.debug("No kill command; falling back to SIGTERM", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.destroy();
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

    /**
     * A PostgreSQL server on this very directory. After a reboot the pid may belong to another program, or to
     * another PostgreSQL (another checkout's embedded server): neither may be stopped.
     */
    private boolean isOurServer(ProcessHandle handle) {
        var info = handle.info();
        if (!info.command().map(command -> command.endsWith("postgres")).orElse(false)) {
            return false;
        }
        return info.arguments().map(Arrays::asList).map(this::namesOurDirectory).orElse(true);
    }

    private boolean namesOurDirectory(List<String> arguments) {
        int flag = arguments.indexOf("-D");
        return flag >= 0 && flag + 1 < arguments.size()
                && Path.of(arguments.get(flag + 1)).toAbsolutePath().normalize().equals(dataDirectory);
    }
}
