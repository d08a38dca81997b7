package vn.khuyenhoc.round;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which changes of a chain's step keep the chain whole (the rules a province's adaptation is checked by). */
class ChainAdaptationTests {

    @Test
    void theNationalDefaultsAreWhole() {
        assertThat(ChainTests.HOUSEHOLDS.broken()).isEmpty();
        assertThat(ChainTests.CITIZENS.broken()).isEmpty();
    }

    @Test
    void recognisingBelowTheProposingLevelBreaksTheChain() {
        var households = ChainTests.HOUSEHOLDS.with(Step.PROPOSE, Level.PROVINCE);

        assertThat(households.broken()).contains("round.chain.order.RECOGNISE");
    }

    @Test
    void reviewingBelowScoringBreaksTheChain() {
        assertThat(ChainTests.HOUSEHOLDS.with(Step.SCORE, Level.COMMUNE).broken())
                .contains("round.chain.order.REVIEW");
    }

    @Test
    void onlyTheSubjectsOwnStepsMayBeDoneByItself() {
        assertThat(ChainTests.CITIZENS.with(Step.REVIEW, Level.SELF).broken())
                .contains("round.chain.selfOnlyForSubject");
        assertThat(ChainTests.HOUSEHOLDS.with(Step.SCORE, Level.SELF).broken()).isEmpty();
    }

    @Test
    void recognitionStaysWithACommuneOrAbove() {
        var villages = ChainTests.HOUSEHOLDS.with(Step.REVIEW, Level.VILLAGE).with(Step.PROPOSE, Level.VILLAGE)
                .with(Step.RECOGNISE, Level.VILLAGE);

        assertThat(villages.broken()).contains("round.chain.recogniseBelowCommune");
    }

    @Test
    void movingReviewUpToTheCommuneKeepsTheChainWhole() {
        assertThat(ChainTests.HOUSEHOLDS.with(Step.REVIEW, Level.COMMUNE).broken()).isEmpty();
    }
}
