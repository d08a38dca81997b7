package vn.khuyenhoc.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.criteria.CriteriaEditor;
import vn.khuyenhoc.registry.RegistryFixtures;

/**
 * The band and level the statistics read (round_registration_figure) follow the deciding sheet, now kept on the
 * registration (ADR 0023): the self-assessment until a review exists, then the review as it changes.
 */
@IntegrationTest
@Transactional
class DecidingSheetIntegrationTests {

    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService userDetails;
    @Autowired CriteriaEditor editor;
    @Autowired Rounds rounds;
    @Autowired Registrations registrations;
    @Autowired ScoreSheets sheets;
    RoundFixtures fixtures;
    long registration;

    @BeforeEach
    void registerAHousehold() {
        fixtures = new RoundFixtures(jdbc, new TestAccounts(jdbc, accounts, userDetails), editor, rounds);
        long roundId = fixtures.lienHuongHouseholdRound(fixtures.householdSet());
        long household = new RegistryFixtures(jdbc).household("22969-008", "DOT-BAC-001", null);
        fixtures.users().signIn("kp8.lienhuong");
        registration = registrations.register(roundId, household);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private List<Object> figure() {
        return jdbc.sql("select band, level from round_registration_figure where registration_id = :r")
                .param("r", registration).query((rs, n) -> Arrays.asList(rs.getString(1), rs.getObject(2)))
                .single();
    }

    @Test
    void bandAndLevelFollowTheSelfAssessmentThenTheReviewThenTheChangedReview() {
        assertThat(figure()).containsExactly(null, null);

        SavedSheet self = sheets.save(registration, SheetKind.SELF, RoundFixtures.sheet("4", null));
        var afterSelf = figure();
        SavedSheet review = sheets.save(registration, SheetKind.REVIEW, RoundFixtures.sheet("5", null));
        var afterReview = figure();
        SavedSheet changed = sheets.save(registration, SheetKind.REVIEW, RoundFixtures.sheet("3", review.version()));
        var afterChange = figure();
        sheets.save(registration, SheetKind.SELF, RoundFixtures.sheet("5", self.version()));

        assertThat(afterSelf).containsExactly("Khá", self.level());
        assertThat(afterReview).containsExactly("Tốt", review.level());
        assertThat(afterChange).containsExactly("Đạt", changed.level());
        assertThat(figure()).as("a changed self-assessment does not override the review")
                .containsExactly("Đạt", changed.level());
    }

    @Test
    void aRemovedReviewHandsTheDecisionBackToTheSelfAssessment() {
        SavedSheet self = sheets.save(registration, SheetKind.SELF, RoundFixtures.sheet("4", null));
        sheets.save(registration, SheetKind.REVIEW, RoundFixtures.sheet("5", null));

        jdbc.sql("delete from round_sheet where registration_id = :r and kind = 'REVIEW'")
                .param("r", registration).update();

        assertThat(figure()).containsExactly("Khá", self.level());
    }
}
