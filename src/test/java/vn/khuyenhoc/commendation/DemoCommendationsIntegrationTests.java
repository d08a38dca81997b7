package vn.khuyenhoc.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.association.AssociationFixtures;

/** The demo of Xã Liên Hương carries a 2025 conference list and one undecided proposal, loaded once, audited once. */
@IntegrationTest
@Transactional
class DemoCommendationsIntegrationTests {

    @Autowired DemoCommendations demo;
    @Autowired JdbcClient jdbc;

    @Test
    void theDemoCommuneHasCollectivesAndPersonsCommendedIn2025AndAProposalAwaitingItsDecision() {
        long commune = new AssociationFixtures(jdbc).unit("22969");
        var counts = jdbc.sql("""
                select collective, sum(commendations) from commendation_count_by_year
                where area_unit_id = :c and year = 2025 group by collective order by collective""")
                .param("c", commune).query((rs, n) -> rs.getLong(2)).list();
        assertThat(counts).containsExactly(5L, 6L);
        assertThat(jdbc.sql("""
                select count(*) from commendation_proposal p join commendation_item i on i.proposal_id = p.id
                where p.to_unit_id = :c and p.decided_on is null""").param("c", commune).query(Long.class).single())
                .isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from audit_entry where entity = 'commendation' and action = 'demo'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void loadingTheDemoAgainWritesNothing() {
        assertThat(demo.load(new AssociationFixtures(jdbc).unit("22969"))).isEmpty();
    }
}
