package vn.khuyenhoc.statistics;

/**
 * One row of an aggregate returns workbook as typed, every cell as text: the row as Excel numbers it, the area's
 * code and name, the year, the title, the three counts and the printed rate.
 */
public record ReturnRow(int row, String areaCode, String areaName, String year, String title, String subjects,
                        String registered, String recognised, String printedRate) {

    /** The cells in the workbook's column order. */
    public String cell(int column) {
        String value = switch (column) {
            case 0 -> areaCode;
            case 1 -> areaName;
            case 2 -> year;
            case 3 -> title;
            case 4 -> subjects;
            case 5 -> registered;
            case 6 -> recognised;
            case 7 -> printedRate;
            default -> null;
        };
        return value == null ? "" : value.trim();
    }
}
