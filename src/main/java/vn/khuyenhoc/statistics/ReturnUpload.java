package vn.khuyenhoc.statistics;

import java.util.List;

/**
 * A returns workbook read back: the rows as typed, the returns they make and every problem by row and column.
 * Nothing is filed unless there is no problem at all.
 */
public record ReturnUpload(List<ReturnRow> rows, List<ReturnForm> returns, List<ReturnProblem> problems) {

    public ReturnUpload {
        rows = List.copyOf(rows);
        returns = List.copyOf(returns);
        problems = List.copyOf(problems);
    }

    /** Whether it may be filed as it is: no problem and at least one return. */
    public boolean clean() {
        return problems.isEmpty() && !returns.isEmpty();
    }
}
