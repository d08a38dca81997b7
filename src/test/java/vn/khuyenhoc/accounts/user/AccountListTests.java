package vn.khuyenhoc.accounts.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading the cells of an account list as people and spreadsheets write them. */
class AccountListTests {

    @Test
    void quotedFieldsMayHoldSeparatorsQuotesAndLineBreaks() {
        var rows = CsvLines.parse("a,\"b, \"\"c\"\"\",d\r\n\"e\nf\",g\n", ',');
        assertThat(rows).containsExactly(List.of("a", "b, \"c\"", "d"), List.of("e\nf", "g"));
    }

    @Test
    void aSemicolonListReadsLikeACommaList() {
        assertThat(CsvLines.parse("a;b;c", ';')).containsExactly(List.of("a", "b", "c"));
    }

    @Test
    void anUnclosedQuoteIsRefused() {
        assertThatThrownBy(() -> CsvLines.parse("a,\"b\n", ',')).hasMessage("accounts.import.unclosedQuote");
    }

    @Test
    void codesWhoseLeadingZerosASpreadsheetDroppedAreRestored() {
        assertThat(Areas.normaliseCode("1")).isEqualTo("01");
        assertThat(Areas.normaliseCode("68")).isEqualTo("68");
        assertThat(Areas.normaliseCode("4")).isEqualTo("04");
        assertThat(Areas.normaliseCode("4567")).isEqualTo("04567");
        assertThat(Areas.normaliseCode(" 22969 ")).isEqualTo("22969");
        assertThat(Areas.normaliseCode("22969-008")).isEqualTo("22969-008");
        assertThat(Areas.normaliseCode("  ")).isNull();
    }

    @Test
    void temporaryPasswordsAreLongEnoughAndAvoidLookAlikes() {
        String password = TemporaryPasswords.next();
        assertThat(password).hasSize(TemporaryPasswords.LENGTH).doesNotContainAnyWhitespaces()
                .matches("[^0O1lI]+");
        assertThat(TemporaryPasswords.next()).isNotEqualTo(password);
    }
}
