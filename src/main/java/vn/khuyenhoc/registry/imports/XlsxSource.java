package vn.khuyenhoc.registry.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import vn.khuyenhoc.shared.InvalidInput;

/**
 * An .xlsx workbook read as a stream of SAX events (POI's event model), never as a workbook in memory. POI's
 * zip checks (inflation ratio, entry size) refuse zip bombs before they inflate.
 */
final class XlsxSource implements SheetSource {

    private final OPCPackage zip;
    private final XSSFReader reader;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;

    private XlsxSource(OPCPackage zip) throws Exception {
        this.zip = zip;
        this.reader = new XSSFReader(zip);
        this.strings = new ReadOnlySharedStringsTable(zip, false);
        this.styles = reader.getStylesTable();
    }

    static XlsxSource open(Path file) {
        OPCPackage zip = null;
        try {
            zip = OPCPackage.open(file.toFile(), PackageAccess.READ);
            return new XlsxSource(zip);
        } catch (Exception | StackOverflowError e) {
            if (zip != null) {
                zip.revert();
            }
            throw unreadable(e);
        }
    }

    @Override
    public List<String> sheetNames() {
        var names = new ArrayList<String>();
        try {
            var sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                sheets.next().close();
                names.add(sheets.getSheetName());
            }
            return names;
        } catch (Exception e) {
            throw unreadable(e);
        }
    }

    @Override
    public void rows(String sheet, Consumer<SheetRow> sink) {
        try {
            var sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream stream = sheets.next()) {
                    if (sheets.getSheetName().equals(sheet)) {
                        var parser = XMLHelper.newXMLReader();
                        parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings,
                                new Rows(sheet, sink), new CellFormatter(), false));
                        parser.parse(new InputSource(stream));
                        return;
                    }
                }
            }
        } catch (InvalidInput refused) {
            throw refused;
        } catch (Exception | StackOverflowError e) {
            throw unreadable(e);
        }
    }

    @Override
    public void close() {
        zip.revert();
    }

    /** POI says "Zip bomb detected" when a part inflates beyond its ratio; anything else is just unreadable. */
    private static InvalidInput unreadable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInput refused) {
                return refused;
            }
            if (String.valueOf(cause.getMessage()).contains("Zip bomb")) {
                return new InvalidInput("registry.imports.zipBomb");
            }
        }
        return new InvalidInput("registry.imports.notExcel");
    }

    /** Collects the cells of each row; POI skips empty cells, so each goes to its column by its reference. */
    private static final class Rows implements SheetContentsHandler {

        private final String sheet;
        private final Consumer<SheetRow> sink;
        private final String[] cells = new String[MAX_COLUMNS];
        private int last = -1;
        private int count;

        Rows(String sheet, Consumer<SheetRow> sink) {
            this.sheet = sheet;
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            Arrays.fill(cells, 0, last + 1, null);
            last = -1;
        }

        @Override
        public void endRow(int rowNum) {
            if (++count > MAX_ROWS) {
                throw new InvalidInput("registry.imports.tooManyRows", MAX_ROWS);
            }
            sink.accept(new SheetRow(sheet, rowNum + 1, Arrays.copyOf(cells, last + 1)));
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? last + 1 : column(reference);
            if (column >= 0 && column < MAX_COLUMNS) {
                cells[column] = SheetSource.cut(value);
                last = Math.max(last, column);
            }
        }

        private static int column(String reference) {
            int column = 0;
            for (int i = 0; i < reference.length(); i++) {
                char c = reference.charAt(i);
                if (c < 'A' || c > 'Z') {
                    break;
                }
                column = column * 26 + (c - 'A' + 1);
            }
            return column - 1;
        }
    }
}
