package vn.khuyenhoc.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.khuyenhoc.IntegrationTest;

/** A block of ids is reserved in one step, and nobody else gets an id inside it. */
@IntegrationTest
class IdBlocksIntegrationTests {

    @Autowired IdBlocks blocks;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;

    @Test
    void aBlockIsContiguousAndTheSequenceGoesOnAfterItOneByOne() {
        long before = nextPersonId();

        long[] ids = blocks.reserve("reg_person_id_seq", 5_000);

        assertThat(ids).hasSize(5_000);
        assertThat(ids[0]).isGreaterThan(before);
        assertThat(ids[4_999] - ids[0]).isEqualTo(4_999);
        long after = nextPersonId();
        assertThat(after).isGreaterThan(ids[4_999]);
        assertThat(nextPersonId()).isEqualTo(after + 1);
    }

    @Test
    void aTransactionThatHoldsTheSequenceStillGetsItsIdsOneByOne() {
        long[] ids = transaction.execute(status -> {
            nextPersonId(); // this transaction now holds the sequence until it ends
            return blocks.reserve("reg_person_id_seq", 1_500);
        });

        assertThat(ids).hasSize(1_500).doesNotHaveDuplicates();
        assertThat(Arrays.stream(ids).sorted().toArray()).isEqualTo(ids);
        assertThat(nextPersonId()).isGreaterThan(ids[1_499]);
    }

    private long nextPersonId() {
        return jdbc.sql("select nextval('reg_person_id_seq')").query(Long.class).single();
    }
}
