package vn.khuyenhoc.registry.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import vn.khuyenhoc.shared.InvalidInput;

/**
 * An .xlsx workbook read as a stream (StAX over POI's package), never as a workbook in memory. POI's
 * zip checks (inflation ratio, entry size) refuse zip bombs before they inflate.
 */
final class XlsxSource implements SheetSource {

    private final OPCPackage zip;
    private final XSSFReader reader;
    private final SharedStrings strings;
    private final StylesTable styles;

    private XlsxSource(OPCPackage zip) throws Exception {
        this.zip = zip;
        this.reader = new XSSFReader(zip);
        this.strings = sharedStrings(zip);
        this.styles = reader.getStylesTable();
    }

    private static SharedStrings sharedStrings(OPCPackage zip) throws Exception {
        var parts = zip.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return new SharedStrings(null);
        }
        try (InputStream xml = parts.get(0).getInputStream()) {
            return new SharedStrings(xml);
        }
    }

    static XlsxSource open(Path file) {
        refuseUnusualZip(file);
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

    /**
     * Excel writes a zip with an intact central directory and only stored or deflated entries. Anything else is
     * refused here, before POI sees it: POI would fall back to reading a broken zip as a stream and reach for
     * codecs that are not on the class path (an entry marked zstd ended in NoClassDefFoundError, found by the fuzz
     * test), which no import should have to survive.
     */
    private static void refuseUnusualZip(Path file) {
        try (var zip = ZipFile.builder().setPath(file).get()) {
            for (var entries = zip.getEntries(); entries.hasMoreElements(); ) {
                int method = entries.nextElement().getMethod();
                if (method != ZipEntry.STORED && method != ZipEntry.DEFLATED) {
                    throw new InvalidInput("registry.imports.notExcel");
                }
            }
        } catch (IOException | RuntimeException broken) {
            if (broken instanceof InvalidInput refused) {
                throw refused;
            }
            throw new InvalidInput("registry.imports.notExcel");
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
                        RowPipe.run("import-sheet-reader",
                                rows -> new SheetXml(strings, styles).read(sheet, stream, rows), sink);
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
}
