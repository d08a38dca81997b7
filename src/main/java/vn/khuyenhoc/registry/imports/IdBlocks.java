package vn.khuyenhoc.registry.imports;

import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reserves a block of ids from a sequence in one step: a large import needs hundreds of thousands, and a
 * {@code nextval} per id took about half a second of every preview. The sequence steps by the block once, in a
 * short transaction of its own (ALTER SEQUENCE and nextval block each other, so no other session can take an id
 * inside the block); where the role may not alter the sequence, or another transaction holds it, the ids are taken
 * one by one.
 */
@Component
class IdBlocks {

    private static final Logger LOG = LoggerFactory.getLogger(IdBlocks.class);
    /** Below this, a nextval per id costs less than altering the sequence twice. */
    private static final int BLOCK_FROM = 1_000;
    private static final Pattern SEQUENCE = Pattern.compile("[a-z_]+");
    private final JdbcClient jdbc;
    private final ImportLookups lookups;
    private final TransactionTemplate ownTransaction;

    IdBlocks(JdbcClient jdbc, ImportLookups lookups, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.lookups = lookups;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** {@code count} ids nobody else will ever get (gaps are harmless), in ascending order. */
    long[] reserve(String sequence, int count) {
        if (count < BLOCK_FROM) {
            return lookups.reserveIds(sequence, count);
        }
        if (!SEQUENCE.matcher(sequence).matches()) {
            throw new IllegalArgumentException(sequence); // a name from the code, never from input
        }
        try {
            long last = ownTransaction.execute(status -> {
                // A transaction that took an id of this sequence holds it until it ends (the caller's own
                // transaction among them): rather than wait for it, the ids are then taken one by one.
                jdbc.sql("set local lock_timeout = '1s'").update();
                jdbc.sql("alter sequence " + sequence + " increment by " + count).update();
                long value = jdbc.sql("select nextval(cast(:sequence as regclass))").param("sequence", sequence)
                        .query(Long.class).single();
                jdbc.sql("alter sequence " + sequence + " increment by 1").update();
                return value;
            });
            return LongStream.rangeClosed(last - count + 1, last).toArray();
        } catch (DataAccessException notAllowed) {
            LOG.debug("Ids of {} taken one by one: {}", sequence, notAllowed.getMessage());
            return lookups.reserveIds(sequence, count);
        }
    }
}
