package vn.khuyenhoc.round;

/** One line of the score grid: a registration and its sheet of the grid's kind (null when not scored yet). */
public record GridRow(Registration registration, SavedSheet sheet) {
}
