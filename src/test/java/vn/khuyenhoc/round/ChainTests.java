package vn.khuyenhoc.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.criteria.Title;

/** Who may do which step of a chain, by role alone (the area is the guard's). */
class ChainTests {

    static final Chain HOUSEHOLDS = new Chain(Title.GIA_DINH, null, Map.of(Step.REGISTER, Level.VILLAGE,
            Step.SCORE, Level.VILLAGE, Step.REVIEW, Level.VILLAGE, Step.PROPOSE, Level.COMMUNE,
            Step.RECOGNISE, Level.COMMUNE));
    static final Chain CITIZENS = new Chain(Title.CONG_DAN, null, Map.of(Step.REGISTER, Level.SELF,
            Step.SCORE, Level.SELF, Step.REVIEW, Level.VILLAGE, Step.PROPOSE, Level.COMMUNE,
            Step.RECOGNISE, Level.COMMUNE));

    @Test
    void aBranchOfficerRegistersScoresAndReviewsHouseholdsButNeitherProposesNorRecognises() {
        assertThat(HOUSEHOLDS.allows(Role.BRANCH_OFFICER, Step.REGISTER)).isTrue();
        assertThat(HOUSEHOLDS.allows(Role.BRANCH_OFFICER, Step.REVIEW)).isTrue();
        assertThat(HOUSEHOLDS.allows(Role.BRANCH_OFFICER, Step.PROPOSE)).isFalse();
        assertThat(HOUSEHOLDS.allows(Role.BRANCH_OFFICER, Step.RECOGNISE)).isFalse();
    }

    @Test
    void aHigherLevelMayDoTheStepsOfALowerOne() {
        assertThat(HOUSEHOLDS.allows(Role.COMMUNE_OFFICER, Step.REGISTER)).isTrue();
        assertThat(HOUSEHOLDS.allows(Role.PROVINCE_OFFICER, Step.RECOGNISE)).isTrue();
        assertThat(HOUSEHOLDS.allows(Role.ADMIN, Step.RECOGNISE)).isTrue();
    }

    @Test
    void aCitizenRegistersAndScoresThemselfButDoesNotReview() {
        assertThat(CITIZENS.allows(Role.CITIZEN, Step.REGISTER)).isTrue();
        assertThat(CITIZENS.allows(Role.CITIZEN, Step.SCORE)).isTrue();
        assertThat(CITIZENS.allows(Role.CITIZEN, Step.REVIEW)).isFalse();
        assertThat(HOUSEHOLDS.allows(Role.CITIZEN, Step.REGISTER)).isFalse();
        assertThat(HOUSEHOLDS.allows(Role.UNIT_OFFICER, Step.SCORE)).isFalse();
    }

    @Test
    void aViewerDoesNoStepAtAll() {
        for (Step step : Step.values()) {
            assertThat(CITIZENS.allows(Role.VIEWER, step)).isFalse();
        }
    }
}
