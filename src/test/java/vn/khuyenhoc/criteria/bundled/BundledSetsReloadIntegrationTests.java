package vn.khuyenhoc.criteria.bundled;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;

/** Loading the bundled sets again, as every restart does, changes nothing and logs nothing. */
@IntegrationTest
@Transactional
class BundledSetsReloadIntegrationTests {

    @Autowired
    BundledSets bundled;
    @Autowired
    JdbcClient jdbc;

    int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    @Test
    void aRestartLoadsNoSetTwice() {
        int sets = count("select count(*) from criteria_set");
        int nodes = count("select count(*) from criteria_node");
        int audits = count("select count(*) from audit_entry where entity = 'criteria-set'");

        bundled.load();

        assertThat(count("select count(*) from criteria_set")).isEqualTo(sets);
        assertThat(count("select count(*) from criteria_node")).isEqualTo(nodes);
        assertThat(count("select count(*) from audit_entry where entity = 'criteria-set'")).isEqualTo(audits);
        assertThat(count("select count(*) from criteria_set where bundled")).isEqualTo(BundledSets.files().size());
    }

    @Test
    void aMissingBundledSetIsLoadedAgainInOneAuditedStep() {
        int audits = count("select count(*) from audit_entry where entity = 'criteria-set' and action = 'bundle'");
        jdbc.sql("delete from criteria_set where code = 'CDHT-XA-2023' and version = 1 and not used").update();

        bundled.load();

        assertThat(count("select count(*) from criteria_set where code = 'CDHT-XA-2023' and version = 1")).isEqualTo(1);
        assertThat(count("select count(*) from criteria_node n join criteria_set s on s.id = n.set_id "
                + "where s.code = 'CDHT-XA-2023' and s.version = 1")).isEqualTo(16);
        assertThat(count("select count(*) from audit_entry where entity = 'criteria-set' and action = 'bundle'"))
                .isEqualTo(audits + 1);
    }
}
