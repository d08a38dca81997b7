package vn.khuyenhoc.registry.imports;

/** One row of a sheet as read: its 1-based number as the spreadsheet shows it, and its cells as text. */
record SheetRow(String sheet, int number, String[] cells) {

    /** The cell's text ("" when absent). */
    String cell(int index) {
        return index >= 0 && index < cells.length && cells[index] != null ? cells[index] : "";
    }

    boolean isBlank() {
        for (String cell : cells) {
            if (cell != null && !cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
