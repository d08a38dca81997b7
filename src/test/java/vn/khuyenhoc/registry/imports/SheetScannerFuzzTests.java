package vn.khuyenhoc.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.khuyenhoc.shared.InvalidInput;

/**
 * Any bytes given to the worksheet scanner end in rows or in an {@link InvalidInput} whose message exists; any
 * other exception, a hang or running out of memory fails. Fuzzed for 20 seconds by {@code ./mvnw verify} (see
 * {@link ImportParserFuzzTests}); the seed is a small sheet with every construct the scanner reads or steps over.
 */
class SheetScannerFuzzTests {

    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("i18n/registry", Locale.ROOT);

    @FuzzTest(maxDuration = "20s")
    void anyBytesEndInRowsOrAClearRefusal(byte[] data) throws IOException {
        int[] cells = {0};
        try {
            new SheetScanner(new ByteArrayInputStream(data), new SheetCells(new SharedStrings(null), null, "Sheet1",
                    row -> cells[0] += row.cells().length)).scan();
            assertThat(cells[0]).isLessThanOrEqualTo(data.length * SheetSource.MAX_COLUMNS);
        } catch (InvalidInput refused) {
            assertThat(MESSAGES.containsKey(refused.messageKey())).as(refused.messageKey()).isTrue();
        } catch (javax.xml.stream.XMLStreamException impossible) {
            throw new AssertionError(impossible);
        }
    }
}
