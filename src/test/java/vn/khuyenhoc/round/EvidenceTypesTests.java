package vn.khuyenhoc.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Evidence is recognised by its bytes and named by a label that can never become a path. */
class EvidenceTypesTests {

    @Test
    void typesAreRecognisedByTheirFirstBytesNotByTheName() {
        assertThat(EvidenceTypes.detect("%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII))).hasValue("application/pdf");
        assertThat(EvidenceTypes.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).hasValue("image/jpeg");
        assertThat(EvidenceTypes.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}))
                .hasValue("image/png");
        assertThat(EvidenceTypes.detect("<html><script>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(EvidenceTypes.detect(new byte[] {'%'})).isEmpty();
    }

    @Test
    void aFileNameBecomesAHarmlessLabelKeepingVietnameseLetters() {
        assertThat(EvidenceTypes.sanitise("../../etc/passwd")).isEqualTo("passwd");
        assertThat(EvidenceTypes.sanitise("C:\\Users\\x\\Giấy khen Đặng Thị Mỹ.pdf"))
                .isEqualTo("Giấy khen Đặng Thị Mỹ.pdf");
        assertThat(EvidenceTypes.sanitise(".htaccess")).isEqualTo("htaccess");
        assertThat(EvidenceTypes.sanitise("a<b>|c\u0000.png")).isEqualTo("a_b__c_.png");
        assertThat(EvidenceTypes.sanitise("   ")).isEqualTo("minh-chung");
        assertThat(EvidenceTypes.sanitise("x".repeat(300) + ".pdf")).hasSize(100).endsWith(".pdf");
    }
}
