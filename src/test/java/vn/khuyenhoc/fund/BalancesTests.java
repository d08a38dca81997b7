package vn.khuyenhoc.fund;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khuyenhoc.fund.ledger.Balances;
import vn.khuyenhoc.fund.ledger.Balances.Shortfall;
import vn.khuyenhoc.fund.ledger.Movement;

class BalancesTests {

    static final LocalDate MAY = LocalDate.of(2025, 5, 1);
    static final LocalDate JUNE = LocalDate.of(2025, 6, 1);

    @Test
    void aBackDatedPaymentIsRefusedWhenALaterDayWouldBeShort() {
        var recorded = List.of(new Movement(MAY, false, 1_000_000), new Movement(JUNE, false, -900_000));
        var shortfall = Balances.firstShortfall(0, recorded, List.of(new Movement(MAY, false, -200_000)));
        assertThat(shortfall).contains(new Shortfall(JUNE, false, -100_000));
    }

    @Test
    void aDonationAndAPaymentOnTheSameDayAreJudgedAtTheEndOfTheDay() {
        var shortfall = Balances.firstShortfall(0, List.of(new Movement(MAY, false, -500_000)),
                List.of(new Movement(MAY, false, 500_000)));
        assertThat(shortfall).isEmpty();
    }

    @Test
    void goodsAreCountedApartFromCashAndTheOpeningIsCash() {
        var shortfall = Balances.firstShortfall(2_000_000, List.of(new Movement(MAY, true, 300_000)),
                List.of(new Movement(JUNE, true, -400_000)));
        assertThat(shortfall).contains(new Shortfall(JUNE, true, -100_000));
    }
}
