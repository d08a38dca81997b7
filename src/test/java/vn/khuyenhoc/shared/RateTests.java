package vn.khuyenhoc.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RateTests {

    @Test
    void ratesArePrintedWithTwoDecimalsRoundedHalfUpAndAComma() {
        assertThat(new Rate(5557, 7862).formatted()).isEqualTo("70,68%");
        assertThat(new Rate(2631, 7105).formatted()).isEqualTo("37,03%");
        assertThat(new Rate(1, 8).formatted()).isEqualTo("12,50%");
        assertThat(new Rate(1, 800).formatted()).isEqualTo("0,13%");
        assertThat(new Rate(3, 0).formatted()).isEqualTo("—");
    }

    @Test
    void countsGetADotBetweenThousands() {
        assertThat(Rate.count(5557)).isEqualTo("5.557");
        assertThat(Rate.count(27_000_000)).isEqualTo("27.000.000");
        assertThat(Rate.count(511)).isEqualTo("511");
    }

    @Test
    void reachingATargetIsDecidedOnTheExactFraction() {
        assertThat(new Rate(6999, 10000).reaches(new BigDecimal("70"))).isFalse();
        assertThat(new Rate(7, 10).reaches(new BigDecimal("70"))).isTrue();
    }
}
