package vn.khuyenhoc.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import vn.khuyenhoc.shared.InvalidInput;

/** Rows read on another thread arrive in order, and a failure on either side stops both. */
class RowPipeTests {

    @Test
    void everyRowArrivesOnTheCallersThreadInTheOrderRead() throws Exception {
        var numbers = new ArrayList<Integer>();
        var threads = new ArrayList<Thread>();

        RowPipe.run("test-reader", sink -> {
            for (int i = 1; i <= 25_001; i++) {
                sink.accept(new SheetRow("S", i, new String[] {"x"}));
            }
        }, row -> {
            numbers.add(row.number());
            threads.add(Thread.currentThread());
        });

        assertThat(numbers).hasSize(25_001).isSorted().startsWith(1).endsWith(25_001);
        assertThat(threads).containsOnly(Thread.currentThread());
    }

    @Test
    void aReadersFailureReachesTheCallerAsThrown() {
        assertThatThrownBy(() -> RowPipe.run("test-reader", sink -> {
            sink.accept(new SheetRow("S", 1, new String[0]));
            throw new InvalidInput("registry.imports.tooManyRows", 1);
        }, row -> { })).isInstanceOfSatisfying(InvalidInput.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("registry.imports.tooManyRows"));
    }

    @Test
    void theCallersFailureStopsTheReader() {
        var produced = new AtomicInteger();
        var reader = new AtomicReference<Thread>();

        assertThatThrownBy(() -> RowPipe.run("test-reader", sink -> {
            reader.set(Thread.currentThread());
            for (int i = 1; i <= 10_000_000; i++) {
                produced.incrementAndGet();
                sink.accept(new SheetRow("S", i, new String[0]));
            }
        }, row -> {
            if (row.number() == 3_000) {
                throw new IllegalStateException("stop");
            }
        })).hasMessage("stop");

        assertThat(reader.get().isAlive()).isFalse();
        assertThat(produced.get()).isLessThan(100_000);
    }
}
