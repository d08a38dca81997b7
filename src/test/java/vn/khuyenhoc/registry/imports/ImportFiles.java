package vn.khuyenhoc.registry.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Small import files for tests: workbooks of text cells, CSV text, and the vocabulary without Spring. */
final class ImportFiles {

    static final List<String> HOUSEHOLD_HEADER = List.of("Mã thôn", "Mã hộ", "Địa chỉ", "Điện thoại", "Mã dòng họ",
            "Từ ngày");
    static final List<String> MEMBER_HEADER = List.of("Mã thôn", "Mã hộ", "Họ và tên", "Năm sinh", "Giới tính",
            "Quan hệ với chủ hộ", "Đang học cấp", "Nghề nghiệp", "Đối tượng");

    private ImportFiles() {
    }

    static ImportVocabulary vocabulary() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/registry");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new ImportVocabulary(messages);
    }

    static ImportParser parser() {
        return new ImportParser(vocabulary());
    }

    /** A workbook whose sheets hold the given rows of text. */
    static byte[] xlsx(Map<String, List<List<String>>> sheets) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            sheets.forEach((name, rows) -> {
                var sheet = workbook.createSheet(name);
                for (int r = 0; r < rows.size(); r++) {
                    var row = sheet.createRow(r);
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        if (rows.get(r).get(c) != null) {
                            row.createCell(c).setCellValue(rows.get(r).get(c));
                        }
                    }
                }
            });
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The two-sheet households form with these household and member rows under their headers. */
    static byte[] twoSheets(List<List<String>> households, List<List<String>> members) {
        var sheets = new LinkedHashMap<String, List<List<String>>>();
        sheets.put("Hộ gia đình", concat(HOUSEHOLD_HEADER, households));
        sheets.put("Thành viên", concat(MEMBER_HEADER, members));
        return xlsx(sheets);
    }

    static List<List<String>> concat(List<String> header, List<List<String>> rows) {
        var all = new java.util.ArrayList<List<String>>();
        all.add(header);
        all.addAll(rows);
        return all;
    }

    static Path file(byte[] content) {
        try {
            Path file = Files.createTempFile("import-test-", ".upload");
            Files.write(file, content);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParsedFile parse(ImportKind kind, String name, byte[] content) {
        Path file = file(content);
        try {
            return parser().parse(kind, name, file, rows -> { });
        } finally {
            file.toFile().delete();
        }
    }

    /** A valid small workbook whose first sheet is padded with 30 MB of spaces: inflates a thousandfold. */
    static byte[] zipBomb() {
        byte[] valid = twoSheets(List.of(List.of("22969-008", "001", "", "", "", "")),
                List.of(List.of("22969-008", "001", "An", "1980", "Nam", "Chủ hộ", "", "", "")));
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(valid));
             var bytes = new ByteArrayOutputStream(); var out = new java.util.zip.ZipOutputStream(bytes)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, java.nio.charset.StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData");
                    out.write(xml.substring(0, at).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 30; i++) {
                        out.write(spaces);
                    }
                    out.write(xml.substring(at).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The workbook with its first entry's compression method changed to {@code method}: in the local header and the
     * central directory, or in the local header only with the central directory cut off (so a reader must fall back
     * to reading the zip as a stream).
     */
    static byte[] withFirstEntryMethod(byte[] zip, int method, boolean keepDirectory) {
        byte[] bytes = zip.clone();
        putShort(bytes, 8, method); // the first local file header starts the file
        int end = lastIndexOf(bytes, new byte[] {'P', 'K', 5, 6}); // end of central directory record
        int directory = java.nio.ByteBuffer.wrap(bytes, end + 16, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt();
        if (!keepDirectory) {
            return java.util.Arrays.copyOf(bytes, directory);
        }
        putShort(bytes, directory + 10, method);
        return bytes;
    }

    private static void putShort(byte[] bytes, int at, int value) {
        bytes[at] = (byte) value;
        bytes[at + 1] = (byte) (value >> 8);
    }

    private static int lastIndexOf(byte[] bytes, byte[] needle) {
        for (int i = bytes.length - needle.length; i >= 0; i--) {
            if (java.util.Arrays.equals(bytes, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }
}
