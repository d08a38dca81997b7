package vn.khuyenhoc.round;

import java.util.List;

/**
 * Something wrong in an uploaded score workbook: the row as Excel numbers it (0 for the whole file), the column
 * (an indicator's code, "id" or "notes"; null for the whole row) and what, as a message key with its arguments.
 */
public record UploadProblem(int row, String column, String key, List<String> args) {

    public UploadProblem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static UploadProblem of(int row, String column, String key, Object... args) {
        return new UploadProblem(row, column, key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    public Object[] arguments() {
        return args.toArray();
    }
}
