package vn.khuyenhoc.commendation;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A commendation recorded directly from its decision: the form, the recipient (kind and id), the area unit whose
 * lists count it, the year it is for, the issuing body ("UBND tỉnh Lâm Đồng"), the decision's number and date and
 * the reason ("Có thành tích xuất sắc trong công tác khuyến học năm 2025").
 */
public record CommendationForm(CommendationKind kind, RecipientKind recipientKind, Long recipientId, Long areaUnitId,
                               Integer year, String issuingBody, String decisionNumber,
                               @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate,
                               String reason) {
}
