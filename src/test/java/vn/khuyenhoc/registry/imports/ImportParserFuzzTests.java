package vn.khuyenhoc.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterAll;
import vn.khuyenhoc.shared.InvalidInput;

/**
 * Any bytes given to the import parser end in records and problems or in an {@link InvalidInput} whose message
 * exists; any other exception (or a hang, or running out of memory) fails. The "fuzz" surefire execution sets
 * JAZZER_FUZZ=1 in a JVM of its own, so {@code ./mvnw verify} fuzzes for 20 seconds; without it (e.g. run from an
 * IDE) Jazzer replays the seeds in
 * {@code ImportParserFuzzTestsInputs/…} (a small two-sheet workbook, a CSV, a zip bomb, a truncated workbook).
 */
class ImportParserFuzzTests {

    private static final ImportParser PARSER = ImportFiles.parser();
    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("i18n/registry", Locale.ROOT);
    private static Path file;

    @FuzzTest(maxDuration = "20s")
    void anyBytesEndInRecordsOrAClearRefusal(byte[] data) throws IOException {
        if (file == null) {
            file = Files.createTempFile("import-fuzz-", ".upload");
        }
        Files.write(file, data);
        try {
            var parsed = PARSER.parse(ImportKind.HOUSEHOLDS, "upload.csv", file, rows -> { });
            assertThat(parsed.problems().total()).isGreaterThanOrEqualTo(parsed.problems().listed().size());
        } catch (InvalidInput refused) {
            assertThat(MESSAGES.containsKey(refused.messageKey())).as(refused.messageKey()).isTrue();
        }
    }

    @AfterAll
    static void removeFile() throws IOException {
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }
}
