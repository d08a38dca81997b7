package vn.khuyenhoc.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.function.Consumer;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import vn.khuyenhoc.documents.sample.Samples;

class DossierDocxTests {

    private final Documents documents = new Documents();

    @Test
    void theDecisionReadBackHasTheHeadingTheNumberAndNamesWithEveryDiacritic() throws IOException {
        try (XWPFDocument docx = read(out -> documents.decisionDocx(Samples.decision(30), out))) {
            String text = new XWPFWordExtractor(docx).getText();

            assertThat(text).contains("QUYẾT ĐỊNH", "Số: 12/QĐ-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "Liên Hương, ngày 15 tháng 3 năm 2026", "Điều 1. Công nhận 30 hộ",
                    "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "Nguyễn Thị Ánh", "Đặng Văn Đức");
        }
    }

    @Test
    void theAttachedTableOfTheDecisionRepeatsItsHeaderRowOnEveryPage() throws IOException {
        try (XWPFDocument docx = read(out -> documents.decisionDocx(Samples.decision(30), out))) {
            XWPFTable list = docx.getTables().get(docx.getTables().size() - 1);

            assertThat(list.getRow(0).isRepeatHeader()).isTrue();
            assertThat(list.getRow(0).getCell(1).getText()).isEqualTo("Họ và tên chủ hộ");
            assertThat(list.getRows()).hasSize(31);
            assertThat(list.getRow(2).getCell(1).getText()).isEqualTo("Đặng Văn Đức");
            assertThat(list.getRow(1).isRepeatHeader()).isFalse();
        }
    }

    @Test
    void pagesAreA4PortraitWithTheDecreesMargins() throws IOException {
        try (XWPFDocument docx = read(out -> documents.decisionDocx(Samples.decision(3), out))) {
            var section = docx.getDocument().getBody().getSectPr();

            assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            assertThat(section.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(30 * 57));
            assertThat(section.getPgMar().getRight()).isEqualTo(BigInteger.valueOf(15 * 57));
        }
    }

    @Test
    void theProposalLetterHasItsHeadingAddresseeAndList() throws IOException {
        try (XWPFDocument docx = read(out -> documents.proposalLetterDocx(Samples.proposalLetter(5), out))) {
            assertThat(new XWPFWordExtractor(docx).getText()).contains("TỜ TRÌNH", "Số: 15/TTr-HKH",
                    "Kính gửi: Ủy ban nhân dân xã Liên Hương", "TM. BAN CHẤP HÀNH", "Trần Thị Hồng Nhung",
                    "Nguyễn Thị Ánh", "Đặng Văn Đức");
        }
    }

    @Test
    void theReviewMinutesAreSignedByTheSecretaryAndTheChairSideBySide() throws IOException {
        try (XWPFDocument docx = read(out -> documents.reviewMinutesDocx(Samples.reviewMinutes(5), out))) {
            assertThat(new XWPFWordExtractor(docx).getText()).contains("BIÊN BẢN", "Số: 03/BB-HKH",
                    "Họp xét công nhận danh hiệu Gia đình học tập năm 2026", "Đặng Văn Đức");
            XWPFTable signatures = docx.getTables().get(1);
            assertThat(signatures.getRow(0).getCell(0).getText()).contains("THƯ KÝ", "Lê Minh Tâm");
            assertThat(signatures.getRow(0).getCell(1).getText()).contains("CHỦ TRÌ", "Trần Thị Hồng Nhung");
        }
    }

    @Test
    void theProposedListIsTheTableUnderTheHeadingWithoutANumber() throws IOException {
        try (XWPFDocument docx = read(out -> documents.proposedListDocx(Samples.proposedList(4), out))) {
            String text = new XWPFWordExtractor(docx).getText();

            assertThat(text).contains("DANH SÁCH HỘ GIA ĐÌNH ĐƯỢC CÔNG NHẬN", "Nguyễn Thị Ánh", "4/GĐHT-2026")
                    .doesNotContain("Số: ");
            assertThat(docx.getTables().get(1).getRow(0).isRepeatHeader()).isTrue();
        }
    }

    private static XWPFDocument read(Consumer<ByteArrayOutputStream> render) throws IOException {
        var out = new ByteArrayOutputStream();
        render.accept(out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }
}
