package vn.khuyenhoc.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khuyenhoc.documents.AttachedTable.Column;

class DocumentRecordsTests {

    private static final Signature CHAIR = new Signature("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", null);

    @Test
    void aCertificateWithoutItsRecognisedSubjectIsRefused() {
        assertThatThrownBy(() -> new Certificate("CHỦ TỊCH UBND XÃ", Certificate.GIAY_CONG_NHAN, "  ",
                "Đạt danh hiệu Gia đình học tập năm 2026", "Liên Hương, ngày 15 tháng 3 năm 2026", CHAIR, "Số vào sổ: 1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("recognised subject");
    }

    @Test
    void aRowWithTheWrongNumberOfCellsIsRefused() {
        assertThatThrownBy(() -> new AttachedTable("DANH SÁCH", null,
                List.of(new Column("STT", 1), new Column("Họ và tên", 5)), List.of(List.of("1"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 cells for 2 columns");
    }

    @Test
    void textIsTrimmedCollapsedAndFreedOfControlCharactersAndABlankSignerNameStaysBlank() {
        var table = new AttachedTable("  DANH   SÁCH ", null, List.of(new Column("Họ và tên", 5)),
                List.of(List.of("Nguyễn\u0007 Thị\tÁnh")));

        assertThat(table.title()).isEqualTo("DANH SÁCH");
        assertThat(table.rows().get(0).get(0)).isEqualTo("Nguyễn Thị Ánh");
        assertThat(CHAIR.name()).isEmpty();
    }
}
