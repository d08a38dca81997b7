package vn.khuyenhoc.commendation.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khuyenhoc.commendation.CommendationKind;
import vn.khuyenhoc.commendation.RecipientKind;

class ConferenceListTests {

    @Test
    void theCountLineWritesBothCountsInTwoDigitsAsTheReportsDo() {
        assertThat(ConferenceList.countLine(6, 8)).isEqualTo("khen thưởng 06 tập thể và 08 cá nhân");
        assertThat(ConferenceList.countLine(12, 105)).isEqualTo("khen thưởng 12 tập thể và 105 cá nhân");
        assertThat(ConferenceList.countLine(3, 0)).isEqualTo("khen thưởng 03 tập thể");
        assertThat(ConferenceList.countLine(0, 1)).isEqualTo("khen thưởng 01 cá nhân");
        assertThat(ConferenceList.countLine(0, 0)).isEqualTo("không có tập thể, cá nhân nào được khen thưởng");
    }

    @Test
    void theListPutsCollectivesFirstUnderTheirHeadingWithTheCountInTheSubtitle() {
        var rows = CommendationQueries.sorted(List.of(row(1, RecipientKind.PERSON, "Đặng Văn Đức"),
                row(2, RecipientKind.CLAN, "Họ Nguyễn Văn"), row(3, RecipientKind.PERSON, "Âu Thị Bé")));

        var list = ConferenceList.of(2025, new ConferenceList.Area("Xã Liên Hương", "Xã"), rows,
                LocalDate.of(2026, 1, 9));

        assertThat(list.placeAndDate()).isEqualTo("Liên Hương, ngày 09 tháng 01 năm 2026");
        assertThat(list.issuingBody()).containsExactly("HỘI KHUYẾN HỌC", "XÃ LIÊN HƯƠNG");
        assertThat(list.table().title()).isEqualTo("DANH SÁCH KHEN THƯỞNG NĂM 2025");
        assertThat(list.table().subtitle()).isEqualTo("(Khen thưởng 01 tập thể và 02 cá nhân)");
        assertThat(list.table().rows().stream().map(r -> r.get(0) + " " + r.get(1)).toList()).containsExactly(
                " I. TẬP THỂ", "1 Họ Nguyễn Văn", " II. CÁ NHÂN", "1 Âu Thị Bé", "2 Đặng Văn Đức");
    }

    private static CommendationQueries.Row row(long id, RecipientKind kind, String name) {
        return new CommendationQueries.Row(id, CommendationKind.GIAY_KHEN, kind, id, name, 1, "Xã Liên Hương", 2025,
                "Hội Khuyến học xã Liên Hương", "07/QĐ-HKH", LocalDate.of(2026, 1, 5), "Tiêu biểu", false);
    }
}
