package vn.khuyenhoc.registry.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Rows read on a thread of their own and handed to the caller's thread in batches, in order. Unzipping and parsing
 * a worksheet's XML (200 MB for 100,000 households) and checking its rows then take a core each instead of taking
 * turns on one. A failure on either side stops both and reaches the caller as it was thrown.
 */
final class RowPipe {

    /** What reads: calls the sink with each row, in order. */
    @FunctionalInterface
    interface Reader {
        void read(Consumer<SheetRow> sink) throws Exception;
    }

    private static final int BATCH = 1_000;
    private static final int BATCHES_AHEAD = 8;

    private RowPipe() {
    }

    static void run(String name, Reader reader, Consumer<SheetRow> sink) throws Exception {
        BlockingQueue<List<SheetRow>> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
        List<SheetRow> end = new ArrayList<>();
        var failure = new AtomicReference<Throwable>();
        Thread thread = new Thread(() -> produce(reader, queue, end, failure), name);
        thread.setDaemon(true);
        thread.start();
        try {
            for (List<SheetRow> rows = queue.take(); rows != end; rows = queue.take()) {
                rows.forEach(sink);
            }
        } finally {
            thread.interrupt(); // stops a reader still running when the caller failed
            thread.join();
        }
        Throwable failed = failure.get();
        if (failed instanceof Exception exception) {
            throw exception;
        }
        if (failed instanceof Error error) {
            throw error;
        }
    }

    private static void produce(Reader reader, BlockingQueue<List<SheetRow>> queue, List<SheetRow> end,
                                AtomicReference<Throwable> failure) {
        var batch = new ArrayList<SheetRow>(BATCH);
        try {
            reader.read(row -> {
                batch.add(row);
                if (batch.size() == BATCH) {
                    hand(queue, new ArrayList<>(batch));
                    batch.clear();
                }
            });
            hand(queue, batch);
        } catch (Stopped stopped) {
            return; // the caller has gone; nobody waits for the end
        } catch (Exception | Error e) {
            failure.set(e);
        }
        try {
            queue.put(end);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void hand(BlockingQueue<List<SheetRow>> queue, List<SheetRow> rows) {
        try {
            queue.put(rows);
        } catch (InterruptedException e) {
            throw new Stopped();
        }
    }

    /** Unwinds the reader when the caller stopped listening. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
