package vn.khuyenhoc.criteria.set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import vn.khuyenhoc.criteria.SetCheck;
import vn.khuyenhoc.criteria.SetDocument;
import vn.khuyenhoc.shared.InvalidInput;

/** The exchange format: every bundled file reads, passes the rule check, and survives a round trip unchanged. */
class SetExchangeTests {

    final SetExchange exchange = new SetExchange();

    @Test
    void everyBundledFileReadsPassesTheCheckAndWritesBackTheSame() throws IOException {
        var files = new PathMatchingResourcePatternResolver().getResources("classpath:criteria/*.json");
        assertThat(files).hasSize(13);
        for (var file : files) {
            SetDocument doc;
            try (InputStream in = file.getInputStream()) {
                doc = exchange.read(in);
            } catch (InvalidInput e) {
                throw new AssertionError(file.getFilename() + ": " + java.util.Arrays.toString(e.arguments()), e);
            }
            assertThat(SetCheck.hasErrors(SetCheck.of(doc))).as(file.getFilename() + " " + SetCheck.of(doc)).isFalse();
            var out = new ByteArrayOutputStream();
            exchange.write(doc, out);
            assertThat(exchange.read(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(doc);
        }
    }

    @Test
    void aFileThatIsNotJsonIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> exchange.read(new ByteArrayInputStream("không phải JSON".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InvalidInput.class).hasMessage("criteria.import.unreadable");
    }
}
