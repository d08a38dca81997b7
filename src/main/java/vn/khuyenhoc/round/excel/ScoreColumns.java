package vn.khuyenhoc.round.excel;

import java.util.ArrayList;
import java.util.List;
import vn.khuyenhoc.criteria.Measure;
import vn.khuyenhoc.criteria.Node;
import vn.khuyenhoc.criteria.SetDocument;

/**
 * The columns of a score workbook, named in a hidden second row so that the upload finds each column by its code,
 * not by its place: "id" (the registration), "version" (of its sheet when downloaded, blank for none), "subject",
 * one "p:CODE" (points), "m:CODE" (met) or "f:FIGURE" (a figure) per indicator, and "notes".
 */
public record ScoreColumns(List<Column> columns) {

    public static final String ID = "id";
    public static final String VERSION = "version";
    public static final String SUBJECT = "subject";
    public static final String NOTES = "notes";

    /** One column: its code in the hidden row, the indicator it scores (null for the others). */
    public record Column(String code, String nodeCode, Node node) {

        public boolean isScore() {
            return node != null;
        }
    }

    public ScoreColumns {
        columns = List.copyOf(columns);
    }

    /** The columns for a set: the fixed ones and one per leaf (indicator, or criterion without indicators). */
    public static ScoreColumns of(SetDocument set) {
        var columns = new ArrayList<Column>();
        columns.add(new Column(ID, null, null));
        columns.add(new Column(VERSION, null, null));
        columns.add(new Column(SUBJECT, null, null));
        set.forEachNode((code, node) -> {
            if (node.isLeaf()) {
                columns.add(new Column(prefix(node) + code(code, node), code, node));
            }
        });
        columns.add(new Column(NOTES, null, null));
        return new ScoreColumns(columns);
    }

    private static String prefix(Node node) {
        return node.measure() == Measure.POINTS ? "p:" : node.measure() == Measure.PASS_FAIL ? "m:" : "f:";
    }

    private static String code(String code, Node node) {
        return node.measure() == Measure.THRESHOLD && node.figure() != null ? node.figure() : code;
    }

    public int indexOf(String code) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }
}
