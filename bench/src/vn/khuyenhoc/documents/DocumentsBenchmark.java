package vn.khuyenhoc.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import vn.khuyenhoc.documents.sample.Samples;

/**
 * How fast the paperwork renders: 1,000 certificates as one PDF (target under 10 s) and a decision with a
 * 10,000-row attached list, as PDF and .docx. Baseline in the same run: the same text written with the bare PDF
 * library (OpenPDF, the same embedded font), one plain paragraph per line, no layout. Run: bench/run.sh documents.
 */
class DocumentsBenchmark {

    private static final int ROUNDS = 5;
    private final Documents documents = new Documents();

    @Test
    void renderingTheDocumentsOfARound() {
        List<Certificate> certificates = Samples.certificates(1_000);
        DecisionDocument decision = Samples.decision(10_000);
        long[] sizes = new long[3];

        var certificatesTime = time(out -> documents.certificatesPdf(certificates, out, Progress.NONE), sizes, 0);
        var certificatesBaseline = time(out -> plain(out, PageSize.A4.rotate(), certificates.stream()
                .map(c -> List.of(PdfBlocks.MOTTO, PdfBlocks.SUB_MOTTO, c.authority(), c.heading(), c.recipient(),
                        c.achievement(), c.placeAndDate(), c.signature().name(), c.registerNumber())).toList()),
                null, 0);
        var decisionTime = time(out -> documents.decisionPdf(decision, out), sizes, 1);
        var decisionBaseline = time(out -> plain(out, PageSize.A4, List.of(decision.attachment().rows().stream()
                .map(row -> String.join(" ", row)).toList())), null, 0);
        var docxTime = time(out -> documents.decisionDocx(decision, out), sizes, 2);

        System.out.printf(Locale.ROOT, """
                == DocumentsBenchmark (median of %d rounds after one warm-up; seconds)
                1,000 certificates, one PDF (%,d bytes)       %.3f s   baseline %.3f s   ratio %.1f
                decision + 10,000-row list, PDF (%,d bytes)   %.3f s   baseline %.3f s   ratio %.1f
                decision + 10,000-row list, .docx (%,d bytes) %.3f s
                """, ROUNDS, sizes[0], certificatesTime, certificatesBaseline, certificatesTime / certificatesBaseline,
                sizes[1], decisionTime, decisionBaseline, decisionTime / decisionBaseline, sizes[2], docxTime);
        assertThat(certificatesTime).isLessThan(10);
    }

    /** The floor: the same lines as plain paragraphs, a page per group, in the same embedded font. */
    private static void plain(OutputStream out, com.lowagie.text.Rectangle size, List<List<String>> pages) {
        Document document = new Document(size);
        PdfWriter.getInstance(document, out);
        document.open();
        for (List<String> page : pages) {
            document.newPage();
            for (String line : page) {
                document.add(new Paragraph(line, PdfFonts.regular(14)));
            }
        }
        document.close();
    }

    private static double time(Consumer<OutputStream> render, long[] sizes, int slot) {
        double[] seconds = new double[ROUNDS];
        for (int round = -1; round < ROUNDS; round++) {
            var out = new ByteArrayOutputStream(1 << 20);
            long start = System.nanoTime();
            render.accept(out);
            if (round >= 0) {
                seconds[round] = (System.nanoTime() - start) / 1e9;
            }
            if (sizes != null) {
                sizes[slot] = out.size();
            }
        }
        Arrays.sort(seconds);
        return seconds[ROUNDS / 2];
    }
}
