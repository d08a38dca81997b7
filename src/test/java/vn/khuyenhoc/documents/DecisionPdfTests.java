package vn.khuyenhoc.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khuyenhoc.documents.sample.Samples;

class DecisionPdfTests {

    private static final float A4_WIDTH = 595.28f;
    private static final float A4_HEIGHT = 841.89f;

    private final Documents documents = new Documents();

    @Test
    void extractedTextHasTheHeadingTheNumberAndNamesWithEveryDiacritic() throws IOException {
        String text = String.join("\n", PdfReadBack.pages(render(Samples.decision(40))));

        assertThat(text).contains("QUYẾT ĐỊNH", "Về việc công nhận danh hiệu Gia đình học tập năm 2026",
                "Số: 12/QĐ-UBND", "Nguyễn Thị Ánh", "Đặng Văn Đức", "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ LIÊN HƯƠNG");
    }

    @Test
    void theFirstPageCarriesTheBodyTheMottoThePlaceAndDateTheArticlesAndTheSignature() throws IOException {
        String first = PdfReadBack.pages(render(Samples.decision(40))).get(0);

        assertThat(first).contains("ỦY BAN NHÂN DÂN", "XÃ LIÊN HƯƠNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Liên Hương, ngày 15 tháng 3 năm 2026", "Căn cứ Luật Tổ chức",
                "QUYẾT ĐỊNH:", "Điều 1. Công nhận 40 hộ gia đình", "Điều 3.", "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN",
                "Phạm Quốc Hùng");
        assertThat(first.indexOf("CỘNG HÒA XÃ HỘI")).isLessThan(first.indexOf("Căn cứ"));
        assertThat(first.indexOf("Điều 3.")).isLessThan(first.indexOf("Phạm Quốc Hùng"));
    }

    @Test
    void pagesAreA4PortraitWithEveryFontEmbedded() throws IOException {
        byte[] pdf = render(Samples.decision(100));

        for (float[] size : PdfReadBack.sizes(pdf)) {
            assertThat(size[0]).isCloseTo(A4_WIDTH, org.assertj.core.data.Offset.offset(1f));
            assertThat(size[1]).isCloseTo(A4_HEIGHT, org.assertj.core.data.Offset.offset(1f));
        }
        assertThat(PdfReadBack.fontsNotEmbedded(pdf)).isEmpty();
    }

    @Test
    void theAttachedListStartsOnPageTwoAndRepeatsItsHeaderOnEveryFollowingPage() throws IOException {
        List<String> pages = PdfReadBack.pages(render(Samples.decision(120)));

        assertThat(pages).hasSizeGreaterThanOrEqualTo(4);
        assertThat(pages.get(0)).doesNotContain("Họ và tên chủ hộ");
        assertThat(pages.get(1)).contains("DANH SÁCH HỘ GIA ĐÌNH ĐƯỢC CÔNG NHẬN", "Nguyễn Thị Ánh");
        for (String page : pages.subList(1, pages.size())) {
            assertThat(page).contains("STT", "Họ và tên chủ hộ", "Thôn/khu phố", "Số vào sổ");
        }
        String last = pages.get(pages.size() - 1);
        assertThat(last).contains("120/GĐHT-2026").doesNotContain("DANH SÁCH HỘ GIA ĐÌNH");
        assertThat(last.indexOf("Họ và tên chủ hộ")).isLessThan(last.indexOf("120/GĐHT-2026"));
    }

    @Test
    void pagesAfterTheFirstAreNumberedAtTheTop() throws IOException {
        List<String> pages = PdfReadBack.pages(render(Samples.decision(120)));

        assertThat(pages.get(0).strip()).doesNotStartWith("1");
        assertThat(pages.get(2).strip()).startsWith("3");
    }

    @Test
    void decomposedInputIsPrintedComposedSoTheTextReadsBackExactly() throws IOException {
        String decomposed = Normalizer.normalize("Đặng Văn Đức ở khu phố Ánh Dương", Normalizer.Form.NFD);
        DecisionDocument sample = Samples.decision(1);
        var table = new AttachedTable("DANH SÁCH", null, sample.attachment().columns(),
                List.of(List.of("1", decomposed, "Khu phố\t3", "1/GĐHT-2026")));
        var decision = new DecisionDocument(sample.issuingBody(), sample.number(), sample.placeAndDate(),
                sample.subject(), sample.authority(), sample.grounds(), sample.articles(), sample.signature(),
                sample.recipients(), table);

        String list = PdfReadBack.pages(render(decision)).get(1);

        assertThat(list).contains("Đặng Văn Đức ở khu phố Ánh Dương", "Khu phố 3");
    }

    private byte[] render(DecisionDocument decision) {
        var out = new ByteArrayOutputStream();
        documents.decisionPdf(decision, out);
        return out.toByteArray();
    }
}
