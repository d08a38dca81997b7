package vn.khuyenhoc.criteria;

import java.time.LocalDate;

/** The document a set comes from: its number (e.g. "448/QĐ-KHVN") and date, either unknown (null). */
public record LegalBasis(String number, LocalDate date) {
}
