package vn.khuyenhoc.round;

import java.math.BigDecimal;
import java.util.List;

/**
 * An uploaded score workbook held for its preview: the lines read with the result each would get (computed by the
 * set's rule), and every problem found. READY may be committed (all lines or none), REFUSED has problems,
 * COMMITTED was saved.
 */
public record SheetUpload(long id, long roundId, SheetKind kind, String status, List<Line> lines,
                          List<UploadProblem> problems, int version) {

    /** A line to save and the result it would have. */
    public record Line(int row, long registrationId, String subject, SheetForm form, boolean achieved, String band,
                       Integer level, BigDecimal total) {
    }

    public SheetUpload {
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
    }

    public boolean ready() {
        return "READY".equals(status);
    }
}
