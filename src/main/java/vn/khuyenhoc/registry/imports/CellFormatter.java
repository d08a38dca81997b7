package vn.khuyenhoc.registry.imports;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Numbers and dates of .xlsx cells as the import reads them, whatever the author's locale: dates dd/MM/yyyy,
 * whole numbers without separators (a year stays "1985", not "1,985"). Formulas are never evaluated: the reader
 * passes the value Excel cached.
 */
final class CellFormatter extends DataFormatter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    CellFormatter() {
        super(Locale.ROOT);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            return DateUtil.getLocalDateTime(value, use1904).toLocalDate().format(DAY);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return super.formatRawCellContents(value, formatIndex, formatString, use1904);
    }
}
