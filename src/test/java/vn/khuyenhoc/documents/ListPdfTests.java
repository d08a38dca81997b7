package vn.khuyenhoc.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khuyenhoc.documents.sample.Samples;

class ListPdfTests {

    private final Documents documents = new Documents();

    @Test
    void aListOnItsOwnCarriesTheHeadingTheTableOnEveryPageAndTheSignatureAtTheEnd() throws IOException {
        var out = new ByteArrayOutputStream();
        documents.proposedListPdf(Samples.proposedList(120), out);
        List<String> pages = PdfReadBack.pages(out.toByteArray());

        assertThat(pages).hasSizeGreaterThanOrEqualTo(3);
        assertThat(pages.get(0)).contains("HỘI KHUYẾN HỌC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Liên Hương, ngày 01 tháng 3 năm 2026", "Nguyễn Thị Ánh", "Đặng Văn Đức");
        pages.forEach(page -> assertThat(page).contains("STT", "Họ và tên chủ hộ"));
        assertThat(pages.get(pages.size() - 1)).contains("TM. BAN CHẤP HÀNH", "Trần Thị Hồng Nhung");
        assertThat(PdfReadBack.fontsNotEmbedded(out.toByteArray())).isEmpty();
    }
}
