package vn.khuyenhoc.statistics.rules;

import java.util.List;

/**
 * What a validation rule found on a figure: its kind (the message key is {@code statistics.finding.<kind>}), the
 * area, year and title, and the numbers the message prints.
 */
public record Finding(String kind, long unitId, int year, String title, List<Object> numbers) {

    public String messageKey() {
        return "statistics.finding." + kind;
    }

    public Object[] arguments() {
        return numbers.toArray();
    }
}
