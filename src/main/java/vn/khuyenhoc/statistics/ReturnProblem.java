package vn.khuyenhoc.statistics;

import java.util.Arrays;
import java.util.List;

/**
 * Something wrong in an imported returns workbook: the row as Excel numbers it, the column's header (null for the
 * whole row) and what, as a message key with its arguments.
 */
public record ReturnProblem(int row, String column, String key, List<String> args) {

    public ReturnProblem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    static ReturnProblem of(int row, String column, String key, Object... args) {
        return new ReturnProblem(row, column, key, Arrays.stream(args).map(String::valueOf).toList());
    }

    public Object[] arguments() {
        return args.toArray();
    }
}
