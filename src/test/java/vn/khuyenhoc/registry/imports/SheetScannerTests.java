package vn.khuyenhoc.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khuyenhoc.shared.InvalidInput;

/**
 * The byte scanner that reads UTF-8 worksheets must give the rows StAX gives for the same document: each document
 * is read once as UTF-8 (the scanner) and once as UTF-16 (StAX), and the rows compared.
 */
class SheetScannerTests {

    private static final String OPEN = "<?xml version=\"1.0\" encoding=\"%s\" standalone=\"yes\"?>\n"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    private static final String CLOSE = "</sheetData></worksheet>";

    @Test
    void inlineStringsNumbersAndBooleansReadAsStAXReadsThem() {
        assertSameRows("""
                <row r="1"><c r="A1" t="inlineStr"><is><t>Nguyễn Văn An</t></is></c><c r="B1"><v>1975</v></c>\
                <c r="C1" t="b"><v>1</v></c><c r="E1"><v>12.5</v></c></row>\
                <row r="3" spans="1:3"><c r="C3" t="inlineStr"><is><t xml:space="preserve"> Khu phố 8 </t></is></c></row>""",
                List.of("1:Nguyễn Văn An|1975|TRUE||12.5", "3:|| Khu phố 8 "));
    }

    @Test
    void entitiesReferencesLineEndsAndRichTextRunsAreDecoded() {
        assertSameRows("""
                <row r="1"><c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t>Lê &amp; </t></r><r><t>Trần &lt;1&gt; &#273;&#x1EA1;i</t></r></is></c>\
                <c r="B1" t="inlineStr"><is><t>dòng một\r\ndòng hai\rba</t></is></c>\
                <c r="C1" t='str'><f>A1&amp;"x"</f><v>&quot;ok&apos;</v></c></row>""",
                List.of("1:Lê & Trần <1> đại|dòng một\ndòng hai\nba|\"ok'"));
    }

    @Test
    void prefixesCdataCommentsSelfClosingCellsAndMissingReferences() {
        String document = "<?xml version=\"1.0\" encoding=\"%s\"?>"
                + "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><x:sheetData>"
                + "<!-- a comment with <row> inside --><x:row><x:c t=\"inlineStr\"><x:is><x:t><![CDATA[a < b & c]]></x:t>"
                + "</x:is></x:c><x:c/><x:c x:s = '0' t=\"inlineStr\"><x:is><x:t>x</x:t></x:is></x:c>"
                + "<x:c r=\"E2\" data-note=\"1 > 0\"><x:v>4<!-- kept apart -->2</x:v></x:c><x:c r=\"F2\"><x:v/></x:c>"
                + "</x:row><x:row r=\"5\"/></x:sheetData></x:worksheet>";
        assertThat(rows(document, StandardCharsets.UTF_8)).isEqualTo(rows(document, StandardCharsets.UTF_16))
                .containsExactly("1:a < b & c||x||42|", "5:");
    }

    @Test
    void aCellLongerThanTheLimitIsCutOneCharacterPastIt() {
        String longText = "ẩ".repeat(SheetSource.MAX_CELL * 5) + "&amp;".repeat(SheetSource.MAX_CELL);
        var scanned = rows(OPEN + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + longText + "</t></is></c>"
                + "<c r=\"B1\"><v>7</v></c></row>" + CLOSE, StandardCharsets.UTF_8);
        assertThat(scanned).containsExactly("1:" + "ẩ".repeat(SheetSource.MAX_CELL + 1) + "|7");
    }

    @Test
    void aDocumentTypeIsRefused() {
        String document = "<?xml version=\"1.0\" encoding=\"%s\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]>"
                + "<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>&a;</t></is></c></row></sheetData></worksheet>";
        assertThatThrownBy(() -> rows(document, StandardCharsets.UTF_8)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void aDocumentCutShortEndsWithTheRowsBeforeTheCutOrARefusalAndAnUnknownEntityIsRefused() {
        String rows = OPEN.formatted("UTF-8") + "<row r=\"1\"><c r=\"A1\"><v>5</v></c></row><row r=\"2\"><c r=\"A2\">";
        assertThat(read((rows + "<v>6").getBytes(StandardCharsets.UTF_8))).containsExactly("1:5");
        assertThatThrownBy(() -> read((rows + "<v t=\"inl").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> rows(OPEN + "<row><c t=\"inlineStr\"><is><t>&nbsp;</t></is></c></row>" + CLOSE,
                StandardCharsets.UTF_8)).isInstanceOf(InvalidInput.class);
    }

    private static void assertSameRows(String rowsXml, List<String> expected) {
        String document = OPEN + rowsXml + CLOSE;
        var scanned = rows(document, StandardCharsets.UTF_8);
        assertThat(scanned).isEqualTo(rows(document, StandardCharsets.UTF_16)).containsExactlyElementsOf(expected);
    }

    /** The document's rows as "number:cell|cell…", read from its bytes in the charset it declares. */
    private static List<String> rows(String document, Charset charset) {
        String declared = charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : "UTF-16";
        return read(document.formatted(declared).getBytes(charset));
    }

    private static List<String> read(byte[] bytes) {
        var rows = new ArrayList<String>();
        try {
            new SheetXml(new SharedStrings(null), null).read("Sheet1", new ByteArrayInputStream(bytes),
                    row -> rows.add(row.number() + ":" + String.join("|", Arrays.stream(row.cells())
                            .map(cell -> cell == null ? "" : cell).toList())));
        } catch (InvalidInput refused) {
            throw refused;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }
}
