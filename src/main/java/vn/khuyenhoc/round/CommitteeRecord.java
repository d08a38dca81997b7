package vn.khuyenhoc.round;

import java.math.BigDecimal;

/**
 * What a committee member records for their indicator: points, met or not, or the figure, as the indicator asks;
 * the evidence gathered; and the assignment's version when the form was opened.
 */
public record CommitteeRecord(BigDecimal points, Boolean met, BigDecimal figure, String evidence, int version) {
}
