package vn.khuyenhoc.fund;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountInWordsTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0|Không đồng",
            "5|Năm đồng",
            "15|Mười lăm đồng",
            "21|Hai mươi mốt đồng",
            "105|Một trăm linh năm đồng",
            "110|Một trăm mười đồng",
            "1500000|Một triệu năm trăm nghìn đồng",
            "2005000|Hai triệu không trăm linh năm nghìn đồng",
            "10000000|Mười triệu đồng",
            "125750000|Một trăm hai mươi lăm triệu bảy trăm năm mươi nghìn đồng",
            "1000005000|Một tỷ không trăm linh năm nghìn đồng",
            "2000000000000|Hai nghìn tỷ đồng"})
    void amountsAreWrittenAsOnAReceipt(long amount, String words) {
        assertThat(AmountInWords.dong(amount)).isEqualTo(words);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1500000|1.500.000 đồng", "999|999 đồng", "1000|1.000 đồng"})
    void amountsInFiguresGroupThousandsWithDots(long amount, String figures) {
        assertThat(Money.dong(amount)).isEqualTo(figures);
    }
}
