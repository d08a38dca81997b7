package vn.khuyenhoc.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import vn.khuyenhoc.criteria.Title;
import vn.khuyenhoc.shared.Text;

/**
 * The rules an imported return row must pass, without Spring: the area known and in the user's area, a title, a
 * year from 2000 to this year, whole non-negative counts with recognised ≤ registered ≤ subjects, and a printed
 * rate that is a rate. A row with nothing but its area and year (as the template comes) is left out.
 */
final class ReturnRowCheck {

    static final int FIRST_YEAR = 2000;
    private static final Pattern WHOLE = Pattern.compile("\\d{1,12}");
    private static final Pattern NEGATIVE = Pattern.compile("-\\s*\\d+([.,]\\d+)?");
    private static final Pattern RATE = Pattern.compile("(\\d{1,3})(,\\d{1,4})?%?");

    /** An area found by its code: whether the user may file for it under the page's area. */
    record Area(long id, String name, boolean inScope) {
    }

    private final Function<String, Area> areas;
    private final Function<String, Title> titles;
    private final List<String> columns;
    private final int thisYear;

    ReturnRowCheck(Function<String, Area> areas, Function<String, Title> titles, List<String> columns, int thisYear) {
        this.areas = areas;
        this.titles = titles;
        this.columns = columns;
        this.thisYear = thisYear;
    }

    ReturnUpload of(List<ReturnRow> rows) {
        var kept = new ArrayList<ReturnRow>();
        var forms = new ArrayList<ReturnForm>();
        var problems = new ArrayList<ReturnProblem>();
        Set<String> seen = new HashSet<>();
        for (ReturnRow row : rows) {
            if (blank(row)) {
                continue;
            }
            kept.add(row);
            int before = problems.size();
            ReturnForm form = form(row, problems);
            if (problems.size() == before && !seen.add(form.unitId() + "/" + form.year() + "/" + form.title())) {
                problems.add(problem(row, null, "statistics.returnSheet.duplicate"));
            } else if (problems.size() == before) {
                forms.add(form);
            }
        }
        return new ReturnUpload(kept, forms, problems);
    }

    private static boolean blank(ReturnRow row) {
        for (int column = 3; column <= 7; column++) {
            if (!row.cell(column).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private ReturnForm form(ReturnRow row, List<ReturnProblem> problems) {
        Area area = area(row, problems);
        Integer year = year(row, problems);
        Title title = titles.apply(Text.normalise(row.cell(3)));
        if (title == null) {
            problems.add(problem(row, 3, "statistics.returnSheet.unknownTitle", row.cell(3)));
        }
        Long subjects = count(row, 4, problems);
        Long registered = count(row, 5, problems);
        Long recognised = count(row, 6, problems);
        order(row, subjects, registered, recognised, problems);
        String printed = rate(row, problems);
        if (area == null || year == null || title == null || subjects == null || registered == null
                || recognised == null) {
            return null;
        }
        return new ReturnForm(area.id(), year, title, subjects, registered, recognised, printed);
    }

    private Area area(ReturnRow row, List<ReturnProblem> problems) {
        String code = row.cell(0);
        Area area = code.isEmpty() ? null : areas.apply(code);
        if (area == null) {
            problems.add(problem(row, 0, code.isEmpty() ? "statistics.returnSheet.noArea"
                    : "statistics.returnSheet.unknownArea", code));
            return null;
        }
        if (!area.inScope()) {
            problems.add(problem(row, 0, "statistics.returnSheet.outsideArea", code, area.name()));
            return null;
        }
        String name = row.cell(1);
        if (!name.isEmpty() && !Text.fold(name).equals(Text.fold(area.name()))) {
            problems.add(problem(row, 1, "statistics.returnSheet.nameDiffers", name, code, area.name()));
        }
        return area;
    }

    private Integer year(ReturnRow row, List<ReturnProblem> problems) {
        String text = row.cell(2);
        if (WHOLE.matcher(text).matches() && text.length() == 4) {
            int year = Integer.parseInt(text);
            if (year >= FIRST_YEAR && year <= thisYear) {
                return year;
            }
        }
        problems.add(problem(row, 2, "statistics.returnSheet.yearRange", text, FIRST_YEAR, thisYear));
        return null;
    }

    private Long count(ReturnRow row, int column, List<ReturnProblem> problems) {
        String text = row.cell(column);
        if (WHOLE.matcher(text).matches()) {
            return Long.parseLong(text);
        }
        String key = text.isEmpty() ? "statistics.returnSheet.noCount"
                : NEGATIVE.matcher(text).matches() ? "statistics.returnSheet.negative" : "statistics.returnSheet.notWhole";
        problems.add(problem(row, column, key, text));
        return null;
    }

    private void order(ReturnRow row, Long subjects, Long registered, Long recognised, List<ReturnProblem> problems) {
        if (registered != null && recognised != null && recognised > registered) {
            problems.add(problem(row, 6, "statistics.returnSheet.recognisedAboveRegistered", recognised, registered));
        }
        if (subjects != null && registered != null && registered > subjects) {
            problems.add(problem(row, 5, "statistics.returnSheet.registeredAboveSubjects", registered, subjects));
        }
    }

    private String rate(ReturnRow row, List<ReturnProblem> problems) {
        String text = Text.normalise(row.cell(7)).replace(" ", "");
        if (text.isEmpty()) {
            return null;
        }
        var matcher = RATE.matcher(text);
        if (matcher.matches() && new BigDecimal(text.replace("%", "").replace(',', '.')).compareTo(
                BigDecimal.valueOf(100)) <= 0) {
            return text;
        }
        problems.add(problem(row, 7, "statistics.returnSheet.notARate", row.cell(7)));
        return null;
    }

    private ReturnProblem problem(ReturnRow row, Integer column, String key, Object... args) {
        return ReturnProblem.of(row.row(), column == null ? null : columns.get(column), key, args);
    }
}
