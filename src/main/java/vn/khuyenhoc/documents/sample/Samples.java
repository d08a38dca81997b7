package vn.khuyenhoc.documents.sample;

import java.util.ArrayList;
import java.util.List;
import vn.khuyenhoc.documents.AttachedTable;
import vn.khuyenhoc.documents.AttachedTable.Column;
import vn.khuyenhoc.documents.Certificate;
import vn.khuyenhoc.documents.DecisionDocument;
import vn.khuyenhoc.documents.ProposalLetter;
import vn.khuyenhoc.documents.ProposedList;
import vn.khuyenhoc.documents.ReviewMinutes;
import vn.khuyenhoc.documents.Signature;

/**
 * Sample paperwork of Xã Liên Hương's 2026 Gia đình học tập round, for a person to look at the layout (the admin
 * sample endpoints), for the tests and for the benchmark. The first two households are always those of
 * "Nguyễn Thị Ánh" and "Đặng Văn Đức".
 */
public final class Samples {

    public static final String NUMBER = "12/QĐ-UBND";
    public static final List<String> BODY = List.of("ỦY BAN NHÂN DÂN", "XÃ LIÊN HƯƠNG");
    public static final String PLACE_AND_DATE = "Liên Hương, ngày 15 tháng 3 năm 2026";
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Ngọc", "Minh", "Thanh", "Quốc", "Thùy"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Hạnh", "Hương", "Khánh", "Lộc", "Mỹ",
        "Nghĩa", "Phúc", "Quyên", "Sơn", "Thảo", "Tuấn", "Uyên", "Việt", "Yến"};

    private Samples() {
    }

    /** The head of the n-th household (0-based). */
    public static String head(int n) {
        return switch (n) {
            case 0 -> "Nguyễn Thị Ánh";
            case 1 -> "Đặng Văn Đức";
            default -> FAMILY[n % FAMILY.length] + " " + MIDDLE[(n / 7) % MIDDLE.length] + " "
                    + GIVEN[(n / 3) % GIVEN.length];
        };
    }

    public static AttachedTable households(int count) {
        List<List<String>> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(List.of(Integer.toString(i + 1), head(i), "Khu phố " + (i % 14 + 1), (i + 1) + "/GĐHT-2026"));
        }
        return new AttachedTable("DANH SÁCH HỘ GIA ĐÌNH ĐƯỢC CÔNG NHẬN DANH HIỆU GIA ĐÌNH HỌC TẬP NĂM 2026",
                "(Kèm theo Quyết định số " + NUMBER + " ngày 15/3/2026 của Chủ tịch Ủy ban nhân dân xã Liên Hương)",
                List.of(new Column("STT", 1), new Column("Họ và tên chủ hộ", 5), new Column("Thôn/khu phố", 3),
                        new Column("Số vào sổ", 3)), rows);
    }

    public static DecisionDocument decision(int households) {
        return new DecisionDocument(BODY, NUMBER, PLACE_AND_DATE,
                "Về việc công nhận danh hiệu Gia đình học tập năm 2026",
                "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ LIÊN HƯƠNG",
                List.of("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
                        "Căn cứ Thông tư số 24/2023/TT-BGDĐT ngày 08 tháng 12 năm 2023 của Bộ trưởng Bộ Giáo dục và "
                                + "Đào tạo quy định về đánh giá, công nhận “Gia đình học tập”, “Dòng họ học tập”, "
                                + "“Cộng đồng học tập” cấp thôn và “Đơn vị học tập” cấp huyện, cấp xã;",
                        "Theo đề nghị của Hội Khuyến học xã Liên Hương tại Tờ trình số 15/TTr-HKH ngày 01 tháng 3 năm 2026."),
                List.of("Công nhận " + households + " hộ gia đình đạt danh hiệu Gia đình học tập năm 2026 "
                                + "(có danh sách kèm theo).",
                        "Quyết định này có hiệu lực kể từ ngày ký.",
                        "Chánh Văn phòng Ủy ban nhân dân xã, Chủ tịch Hội Khuyến học xã, Trưởng các khu phố và các hộ "
                                + "gia đình có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này."),
                signature(), List.of("- Như Điều 3;", "- Thường trực Đảng ủy xã;", "- Hội Khuyến học tỉnh;",
                        "- Lưu: VT."), households(households));
    }

    public static ProposalLetter proposalLetter(int households) {
        return new ProposalLetter(List.of("HỘI KHUYẾN HỌC", "XÃ LIÊN HƯƠNG"), "15/TTr-HKH",
                "Liên Hương, ngày 01 tháng 3 năm 2026",
                "Về việc đề nghị công nhận danh hiệu Gia đình học tập năm 2026",
                List.of("Kính gửi: Ủy ban nhân dân xã Liên Hương"),
                List.of("Căn cứ kết quả đánh giá của các chi hội khuyến học khu phố, Hội Khuyến học xã đã họp xét "
                                + "ngày 25 tháng 02 năm 2026.",
                        "Hội Khuyến học xã kính đề nghị Ủy ban nhân dân xã công nhận " + households
                                + " hộ gia đình đạt danh hiệu Gia đình học tập năm 2026 (có danh sách kèm theo)."),
                new Signature("TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "Trần Thị Hồng Nhung"),
                List.of("- Như trên;", "- Lưu: VP."), households(households));
    }

    public static ReviewMinutes reviewMinutes(int households) {
        return new ReviewMinutes(List.of("HỘI KHUYẾN HỌC", "XÃ LIÊN HƯƠNG"), "03/BB-HKH",
                "Liên Hương, ngày 25 tháng 02 năm 2026", "Họp xét công nhận danh hiệu Gia đình học tập năm 2026",
                List.of("Thời gian: 08 giờ 00, ngày 25 tháng 02 năm 2026.",
                        "Địa điểm: Hội trường Ủy ban nhân dân xã Liên Hương.",
                        "Thành phần: Ban Thường vụ Hội Khuyến học xã, đại diện Ủy ban nhân dân xã và các chi hội.",
                        "Hội nghị thống nhất đề nghị công nhận " + households
                                + " hộ gia đình đạt danh hiệu Gia đình học tập năm 2026 (100% ý kiến tán thành)."),
                List.of(new Signature(null, "THƯ KÝ", "Lê Minh Tâm"), new Signature(null, "CHỦ TRÌ", "Trần Thị Hồng Nhung")),
                households(households));
    }

    public static ProposedList proposedList(int households) {
        return new ProposedList(List.of("HỘI KHUYẾN HỌC", "XÃ LIÊN HƯƠNG"), "Liên Hương, ngày 01 tháng 3 năm 2026",
                households(households), new Signature("TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "Trần Thị Hồng Nhung"));
    }

    public static List<Certificate> certificates(int count) {
        List<Certificate> certificates = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            certificates.add(new Certificate("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ LIÊN HƯƠNG", Certificate.GIAY_CONG_NHAN,
                    "Hộ gia đình ông/bà " + head(i), "Đạt danh hiệu Gia đình học tập năm 2026", PLACE_AND_DATE,
                    signature(), "Số vào sổ: " + (i + 1) + "/GĐHT-2026"));
        }
        return certificates;
    }

    private static Signature signature() {
        return new Signature("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phạm Quốc Hùng");
    }
}
