package vn.khuyenhoc.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.criteria.CriteriaEditor;

/** A decision over more than 9,999 households: every recognition written, numbered uniquely, one audit entry. */
@IntegrationTest
@Transactional
class DecisionScaleIntegrationTests {

    static final int HOUSEHOLDS = 10_050;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    CriteriaEditor editor;
    @Autowired
    Rounds rounds;
    @Autowired
    Decisions decisions;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void aDecisionOverTenThousandHouseholdsGivesEachAUniqueRegisterNumberInOneAuditEntry() {
        var fixtures = new RoundFixtures(jdbc, new TestAccounts(jdbc, accounts, userDetails), editor, rounds);
        long roundId = fixtures.lienHuongHouseholdRound(fixtures.householdSet());
        jdbc.sql("""
                insert into reg_household (village_id, code, head_name, since, search_folded)
                select u.unit_id, 'SCALE-' || n, '', date '2020-01-01', 'scale-' || n
                from generate_series(1, :n) n, geography_unit_current u where u.code = '22969-008'""")
                .param("n", HOUSEHOLDS).update();
        List<Long> accepted = jdbc.sql("""
                insert into round_registration (round_id, subject_kind, subject_id, subject_unit_id, title, year, status)
                select :round, 'household', h.id, h.village_id, 'GIA_DINH', :year, 'ACCEPTED'
                from reg_household h where h.code like 'SCALE-%' returning id""")
                .param("round", roundId).param("year", RoundFixtures.YEAR).query(Long.class).list();

        Proposal proposal = decisions.propose(roundId, accepted);
        long decision = decisions.decide(proposal.id(), proposal.version(), RoundFixtures.decision("98/QĐ-UBND"),
                List.of());

        var numbers = jdbc.sql("select register_number from round_recognition where decision_id = :d "
                + "order by register_number").param("d", decision).query(String.class).list();
        assertThat(numbers).hasSize(HOUSEHOLDS).doesNotHaveDuplicates().contains("98/QĐ-UBND-0001",
                "98/QĐ-UBND-9999", "98/QĐ-UBND-10050");
        assertThat(jdbc.sql("""
                select cardinality(affected_ids) from audit_entry
                where entity = 'decision' and action = 'recognise' and (after ->> 'decision')::bigint = :d""")
                .param("d", decision).query(Integer.class).list()).containsExactly(HOUSEHOLDS);
    }
}
