package vn.khuyenhoc.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import vn.khuyenhoc.criteria.LegalBasis;
import vn.khuyenhoc.criteria.Title;
import vn.khuyenhoc.round.store.PaperStore;

/** The wording of the paperwork: dates, headings and "Căn cứ" lines as Nghị định 30/2020 writes them. */
class PaperWordsTests {

    final PaperWords words = new PaperWords(messages());

    static StaticMessageSource messages() {
        var source = new StaticMessageSource();
        source.addMessage("criteria.title.GIA_DINH", PaperWords.VI, "Gia đình học tập");
        return source;
    }

    @Test
    void daysBelowTenAndTheFirstTwoMonthsTakeALeadingZero() {
        assertThat(PaperWords.longDate(LocalDate.of(2026, 2, 5))).isEqualTo("ngày 05 tháng 02 năm 2026");
        assertThat(PaperWords.longDate(LocalDate.of(2026, 3, 15))).isEqualTo("ngày 15 tháng 3 năm 2026");
        assertThat(PaperWords.longDate(LocalDate.of(2026, 12, 1))).isEqualTo("ngày 01 tháng 12 năm 2026");
    }

    @Test
    void theIssuingBodyIsSplitIntoTheBodyAndItsAreaInCapitals() {
        assertThat(PaperWords.bodyLines("Ủy ban nhân dân xã Liên Hương"))
                .containsExactly("ỦY BAN NHÂN DÂN", "XÃ LIÊN HƯƠNG");
        assertThat(PaperWords.bodyLines("  Uỷ ban nhân dân  phường Đông Hòa ")).containsExactly("ỦY BAN NHÂN DÂN",
                "PHƯỜNG ĐÔNG HÒA");
        assertThat(PaperWords.bodyLines("Hội đồng thi đua")).containsExactly("HỘI ĐỒNG THI ĐUA");
    }

    @Test
    void thePlaceIsTheAreaWithoutItsKind() {
        var area = new PaperStore.Area("Xã Liên Hương", "Xã");
        assertThat(PaperWords.placeAndDate(area, LocalDate.of(2026, 3, 15)))
                .isEqualTo("Liên Hương, ngày 15 tháng 3 năm 2026");
        assertThat(PaperWords.inArea(area)).isEqualTo("xã Liên Hương");
        assertThat(PaperWords.place(new PaperStore.Area("Nhà Bè", null))).isEqualTo("Nhà Bè");
    }

    @Test
    void theLegalBasisNamesTheKindOfDocumentByItsNumber() {
        assertThat(words.legalBasisLine(new LegalBasis("22/2020/TT-BGDĐT", LocalDate.of(2020, 8, 6)), "Bộ", Title.GIA_DINH))
                .isEqualTo("Căn cứ Thông tư số 22/2020/TT-BGDĐT ngày 06 tháng 8 năm 2020 quy định tiêu chí đánh giá, "
                        + "công nhận danh hiệu “Gia đình học tập”;");
        assertThat(words.legalBasisLine(new LegalBasis("448/QĐ-KHVN", null), "Bộ", Title.GIA_DINH))
                .startsWith("Căn cứ Quyết định số 448/QĐ-KHVN quy định");
        assertThat(words.legalBasisLine(null, "Bộ tiêu chí Lâm Đồng", Title.GIA_DINH))
                .isEqualTo("Căn cứ bộ tiêu chí “Bộ tiêu chí Lâm Đồng”;");
    }

    @Test
    void theLawOnLocalGovernmentIsTheOneInForceOnTheDay() {
        assertThat(PaperWords.localGovernmentLaw(LocalDate.of(2025, 6, 30))).contains("ngày 19 tháng 6 năm 2015");
        assertThat(PaperWords.localGovernmentLaw(LocalDate.of(2025, 7, 1))).contains("ngày 16 tháng 6 năm 2025");
    }

    @Test
    void aListNumbersItsRowsAndShowsADashForWhatIsUnknown() {
        var table = PaperWords.table("DANH SÁCH", null, "household",
                List.of(new PaperStore.Listed(1, "Nguyễn Văn A", null, "12/QĐ-UBND-0001")), true);
        assertThat(table.columns()).extracting(c -> c.heading())
                .containsExactly("STT", "Họ và tên chủ hộ", "Địa bàn", "Số vào sổ");
        assertThat(table.rows()).containsExactly(List.of("1", "Nguyễn Văn A", "—", "12/QĐ-UBND-0001"));
    }

    @Test
    void aNumberBecomesAPlainFileName() {
        assertThat(DecisionPapers.slug("12/QĐ-UBND")).isEqualTo("12-qd-ubnd");
    }
}
