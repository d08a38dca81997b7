package vn.khuyenhoc.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The read-ahead stream gives the source's bytes in order, its failure as thrown, and stops when closed early. */
class ReadAheadStreamTests {

    @Test
    void givesEveryByteInOrderAcrossManyChunks() throws IOException {
        byte[] data = new byte[3 * (1 << 16) + 12_345];
        new Random(7).nextBytes(data);
        try (var ahead = new ReadAheadStream(new ByteArrayInputStream(data), "test")) {
            assertThat(ahead.read()).isEqualTo(data[0] & 0xFF);
            byte[] rest = ahead.readAllBytes();
            assertThat(rest).hasSize(data.length - 1);
            assertThat(rest[rest.length - 1]).isEqualTo(data[data.length - 1]);
            assertThat(ahead.read()).isEqualTo(-1);
        }
    }

    @Test
    void aFailureOfTheSourceReachesTheReaderAfterTheBytesBeforeIt() {
        InputStream failing = new InputStream() {
            private int left = 100;

            @Override
            public int read() throws IOException {
                if (left <= 0) {
                    throw new IOException("Zip bomb detected!");
                }
                left--;
                return 'x';
            }
        };
        var ahead = new ReadAheadStream(failing, "test");
        assertThatThrownBy(ahead::readAllBytes).isInstanceOf(IOException.class).hasMessageContaining("Zip bomb");
        ahead.close();
    }

    @Test
    void closingBeforeTheEndStopsTheThread() throws IOException {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'y';
            }
        };
        var ahead = new ReadAheadStream(endless, "test-endless");
        assertThat(ahead.read()).isEqualTo('y');
        ahead.close();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("test-endless"));
    }
}
