package vn.khuyenhoc.documents;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table attached to a document (the list of recognised subjects): its title ("DANH SÁCH HỘ GIA ĐÌNH ĐƯỢC
 * CÔNG NHẬN …"), a line under it ("(Kèm theo Quyết định số 12/QĐ-UBND ngày 15/3/2026 …)", may be null), the
 * columns and the rows as text. Its header is repeated on every page it runs over.
 */
public record AttachedTable(String title, String subtitle, List<Column> columns, List<List<String>> rows) {

    /** A column: its heading and its relative width (STT 1, a name 5). */
    public record Column(String heading, int width) {

        public Column {
            heading = Printable.required(heading, "a column heading");
            if (width < 1) {
                throw new IllegalArgumentException("a column's width must be positive");
            }
        }
    }

    public AttachedTable {
        title = Printable.required(title, "the table's title");
        subtitle = Printable.line(subtitle);
        columns = List.copyOf(columns);
        List<List<String>> printable = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row of " + row.size() + " cells for " + columns.size() + " columns");
            }
            printable.add(Printable.lines(row));
        }
        rows = Collections.unmodifiableList(printable);
    }
}
