package vn.khuyenhoc.documents;

import java.util.Objects;

/**
 * One certificate (giấy công nhận) as printed on an A4 landscape page: the authority that grants it
 * ("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ LIÊN HƯƠNG"), the heading ("GIẤY CÔNG NHẬN"), the recognised subject
 * ("Hộ gia đình ông/bà Nguyễn Văn An"), the title achieved ("Đạt danh hiệu Gia đình học tập năm 2026"), the
 * place and date, the signature and the register number ("Số vào sổ: 123/GĐHT-2026").
 */
public record Certificate(String authority, String heading, String recipient, String achievement,
                          String placeAndDate, Signature signature, String registerNumber) {

    public static final String GIAY_CONG_NHAN = "GIẤY CÔNG NHẬN";

    public Certificate {
        authority = Printable.required(authority, "the authority");
        heading = Printable.required(heading, "the heading");
        recipient = Printable.required(recipient, "the recognised subject");
        achievement = Printable.required(achievement, "the title achieved");
        placeAndDate = Printable.required(placeAndDate, "the place and date");
        Objects.requireNonNull(signature, "signature");
        registerNumber = Printable.orEmpty(registerNumber);
    }
}
