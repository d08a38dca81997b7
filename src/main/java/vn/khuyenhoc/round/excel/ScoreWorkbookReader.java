package vn.khuyenhoc.round.excel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.khuyenhoc.criteria.Measure;
import vn.khuyenhoc.registry.SpreadsheetRows;
import vn.khuyenhoc.round.SheetForm;
import vn.khuyenhoc.round.UploadProblem;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.Text;

/**
 * Reads a filled-in score workbook with the registry imports' streaming reader and checks every cell on its own:
 * a number where points are, not negative, not above the indicator's maximum, a known answer where met / not met
 * is asked, a registration id once. Every problem is listed by row and column; checks that need the database
 * (unknown row, a sheet changed since the download) are the caller's.
 */
public final class ScoreWorkbookReader {

    /** The key under which the workbook's notes column is kept among a sheet's evidence notes. */
    public static final String NOTE_KEY = "_";
    public static final int MAX_ROWS = 5_000;
    private static final Set<String> MET = Set.of("dat", "x", "co", "1", "true", "met", "yes");
    private static final Set<String> NOT_MET = Set.of("khong dat", "chua dat", "khong", "0", "false", "not met", "no");

    /**
     * One filled-in row: where it is, the registration, the version its sheet had when downloaded, its scores, and
     * whether all its cells were right (a row with bad cells is still checked against the round, never saved).
     */
    public record Line(int row, long registrationId, Integer version, SheetForm form, boolean clean) {
    }

    public record Result(List<Line> lines, List<UploadProblem> problems) {
    }

    private final ScoreColumns columns;
    private final String marker;
    private final List<Line> lines = new ArrayList<>();
    private final List<UploadProblem> problems = new ArrayList<>();
    private final Set<Long> seen = new HashSet<>();
    private boolean headerChecked;
    private int count;

    public ScoreWorkbookReader(ScoreColumns columns, String marker) {
        this.columns = columns;
        this.marker = marker;
    }

    public Result read(Path xlsx) {
        SpreadsheetRows.readFirstSheet(xlsx, this::row);
        if (!headerChecked) {
            throw new InvalidInput("round.excel.notOurs");
        }
        return new Result(lines, problems);
    }

    private void row(SpreadsheetRows.Row row) {
        if (row.number() == 1) {
            return;
        }
        if (row.number() == 2) {
            checkCodes(row);
            return;
        }
        if (!headerChecked) {
            throw new InvalidInput("round.excel.notOurs");
        }
        if (++count > MAX_ROWS) {
            throw new InvalidInput("round.excel.tooManyRows", MAX_ROWS);
        }
        line(row);
    }

    /** The hidden row must name this round's columns, in this order, and carry this round's mark. */
    private void checkCodes(SpreadsheetRows.Row row) {
        var all = columns.columns();
        for (int c = 0; c < all.size(); c++) {
            if (!all.get(c).code().equals(row.cell(c))) {
                throw new InvalidInput("round.excel.otherSet");
            }
        }
        if (!marker.equals(row.cell(all.size()))) {
            throw new InvalidInput("round.excel.otherRound");
        }
        headerChecked = true;
    }

    private void line(SpreadsheetRows.Row row) {
        var all = columns.columns();
        boolean entered = false;
        for (int c = 3; c < all.size(); c++) {
            entered |= !row.cell(c).isEmpty();
        }
        if (!entered) {
            return; // nothing filled in: the row is left as it is
        }
        Long id = registrationId(row);
        if (id == null) {
            return;
        }
        Integer version = row.cell(1).matches("\\d{1,9}") ? Integer.valueOf(row.cell(1)) : null;
        var points = new HashMap<String, BigDecimal>();
        var met = new HashMap<String, Boolean>();
        var figures = new HashMap<String, BigDecimal>();
        int before = problems.size();
        for (int c = 3; c < all.size() - 1; c++) {
            cell(row, all.get(c), row.cell(c), points, met, figures);
        }
        String note = Text.normaliseOrNull(row.cell(all.size() - 1));
        Map<String, String> notes = note == null ? Map.of() : Map.of(NOTE_KEY, note);
        lines.add(new Line(row.number(), id, version, new SheetForm(points, met, figures, notes, version),
                problems.size() == before));
    }

    private Long registrationId(SpreadsheetRows.Row row) {
        String text = row.cell(0);
        if (!text.matches("\\d{1,18}")) {
            problems.add(UploadProblem.of(row.number(), ScoreColumns.ID, "round.excel.unknownRow"));
            return null;
        }
        long id = Long.parseLong(text);
        if (!seen.add(id)) {
            problems.add(UploadProblem.of(row.number(), ScoreColumns.ID, "round.excel.duplicateRow"));
            return null;
        }
        return id;
    }

    private void cell(SpreadsheetRows.Row row, ScoreColumns.Column column, String text,
                      Map<String, BigDecimal> points, Map<String, Boolean> met, Map<String, BigDecimal> figures) {
        if (text.isEmpty()) {
            return;
        }
        String code = column.nodeCode();
        if (column.node().measure() == Measure.PASS_FAIL) {
            String folded = Text.fold(text);
            if (MET.contains(folded) || NOT_MET.contains(folded)) {
                met.put(code, MET.contains(folded));
            } else {
                problems.add(UploadProblem.of(row.number(), code, "round.excel.notAnAnswer", text));
            }
            return;
        }
        BigDecimal value = number(text);
        if (value == null) {
            problems.add(UploadProblem.of(row.number(), code, "round.excel.notANumber", text));
        } else if (column.node().measure() == Measure.THRESHOLD) {
            figures.put(column.code().substring(2), value);
        } else if (value.signum() < 0) {
            problems.add(UploadProblem.of(row.number(), code, "round.excel.negative", text));
        } else if (column.node().maxPoints() != null && value.compareTo(column.node().maxPoints()) > 0) {
            problems.add(UploadProblem.of(row.number(), code, "round.excel.aboveMaximum", text,
                    column.node().maxPoints().stripTrailingZeros().toPlainString()));
        } else {
            points.put(code, value);
        }
    }

    /** A number as Excel stores it ("4.5") or as a Vietnamese types it ("4,5"); null when it is text. */
    static BigDecimal number(String text) {
        String plain = text.replace(" ", "").replace(',', '.');
        if (!plain.matches("-?\\d{1,12}(\\.\\d{1,20})?")) {
            return null;
        }
        return new BigDecimal(plain).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
