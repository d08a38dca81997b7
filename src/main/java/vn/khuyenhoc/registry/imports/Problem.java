package vn.khuyenhoc.registry.imports;

import java.util.List;

/**
 * Something wrong in one row of a file: where (sheet, row, the column's header message key; null when the whole
 * row is meant) and what (a message key and its arguments, resolved in the reader's language when shown).
 */
record Problem(String sheet, int row, String column, String key, List<String> args) {

    Problem {
        args = args == null ? List.of() : List.copyOf(args);
    }
}
