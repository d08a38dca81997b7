package vn.khuyenhoc.registry.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.registry.RegistryImported;

/**
 * What the import's one audit entry with 480,971 ids costs, and its parts. Run: ./mvnw -B -Pbench test
 * -Dtest=AuditEntryExperiment -Dsurefire.failIfNoSpecifiedTests=false (not part of the benchmark's figures).
 */
@IntegrationTest
class AuditEntryExperiment {

    @Autowired ApplicationEventPublisher events;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;

    @Test
    void anAuditEntryWithHalfAMillionIds() {
        List<Long> households = LongStream.range(10_000_000, 10_100_000).boxed().toList();
        List<Long> persons = LongStream.range(20_000_000, 20_380_971).boxed().toList();
        var event = new ArrayList<Long>();
        var array = new ArrayList<Long>();
        var compressed = new ArrayList<Long>();
        for (int turn = 0; turn < 6; turn++) {
            event.add(timed(() -> events.publishEvent(new RegistryImported(1, "household", null, households, persons))));
            array.add(timed(() -> jdbc.sql("select cardinality(cast(:ids as bigint[]))")
                    .param("ids", persons.toArray(Long[]::new)).query(Integer.class).single()));
            compressed.add(timed(() -> {
                jdbc.sql("alter table audit_entry alter column affected_ids set storage external").update();
                events.publishEvent(new RegistryImported(1, "household", null, households, persons));
            }));
        }
        System.out.printf(Locale.ROOT, "== AuditEntryExperiment (ms per turn)%naudit entry as now  %s%n"
                + "the ids sent and counted only (380,971)  %s%naudit entry, ids stored uncompressed  %s%n", event, array, compressed);
    }

    private long timed(Runnable work) {
        long[] elapsed = new long[1];
        transaction.executeWithoutResult(status -> {
            long start = System.nanoTime();
            work.run();
            elapsed[0] = (System.nanoTime() - start) / 1_000_000;
            status.setRollbackOnly();
        });
        return elapsed[0];
    }
}
