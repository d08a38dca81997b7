package vn.khuyenhoc.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.khuyenhoc.documents.sample.Samples;

class CertificatePdfTests {

    private final Documents documents = new Documents();

    @Test
    void aBatchHasOneA4LandscapePagePerCertificate() throws IOException {
        byte[] pdf = batch(25, Progress.NONE);

        List<float[]> sizes = PdfReadBack.sizes(pdf);
        assertThat(sizes).hasSize(25);
        for (float[] size : sizes) {
            assertThat(size[0]).isCloseTo(841.89f, org.assertj.core.data.Offset.offset(1f));
            assertThat(size[1]).isCloseTo(595.28f, org.assertj.core.data.Offset.offset(1f));
        }
        assertThat(PdfReadBack.fontsNotEmbedded(pdf)).isEmpty();
    }

    @Test
    void eachPageCarriesItsOwnSubjectAndRegisterNumberWithEveryDiacritic() throws IOException {
        List<String> pages = PdfReadBack.pages(batch(25, Progress.NONE));

        assertThat(pages.get(0)).contains("GIẤY CÔNG NHẬN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Hộ gia đình ông/bà Nguyễn Thị Ánh", "Đạt danh hiệu Gia đình học tập năm 2026",
                "Số vào sổ: 1/GĐHT-2026", "Liên Hương, ngày 15 tháng 3 năm 2026", "Phạm Quốc Hùng");
        assertThat(pages.get(1)).contains("Hộ gia đình ông/bà Đặng Văn Đức", "Số vào sổ: 2/GĐHT-2026")
                .doesNotContain("Nguyễn Thị Ánh");
        assertThat(pages.get(24)).contains("Hộ gia đình ông/bà " + Samples.head(24), "Số vào sổ: 25/GĐHT-2026");
    }

    @Test
    void progressIsReportedAfterEveryCertificateUpToTheTotal() {
        List<int[]> reports = new ArrayList<>();

        batch(7, (done, total) -> reports.add(new int[] {done, total}));

        assertThat(reports).extracting(r -> r[0]).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(reports).extracting(r -> r[1]).containsOnly(7);
    }

    @Test
    void oneCertificateOnDemandIsOneLandscapePage() throws IOException {
        byte[] pdf = documents.certificatePdf(Samples.certificates(2).get(1));

        assertThat(PdfReadBack.sizes(pdf)).singleElement().satisfies(size -> assertThat(size[0]).isGreaterThan(size[1]));
        assertThat(PdfReadBack.pages(pdf).get(0)).contains("Đặng Văn Đức", "Số vào sổ: 2/GĐHT-2026");
    }

    @Test
    void batchesRenderedAtTheSameTimeShareTheFontsWithoutMixingUp() throws Exception {
        var pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> batches = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                batches.add(pool.submit(() -> batch(40, Progress.NONE)));
            }
            for (Future<byte[]> batch : batches) {
                List<String> pages = PdfReadBack.pages(batch.get());
                assertThat(pages).hasSize(40);
                assertThat(pages.get(39)).contains("Hộ gia đình ông/bà " + Samples.head(39), "Số vào sổ: 40/GĐHT-2026");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private byte[] batch(int count, Progress progress) {
        var out = new ByteArrayOutputStream();
        documents.certificatesPdf(Samples.certificates(count), out, progress);
        return out.toByteArray();
    }
}
