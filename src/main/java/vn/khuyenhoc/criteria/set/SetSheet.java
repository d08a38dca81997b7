package vn.khuyenhoc.criteria.set;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import vn.khuyenhoc.criteria.Node;
import vn.khuyenhoc.criteria.SetDocument;

/** The readable Excel sheet of a set: one row per criterion and indicator, with its code and every setting. */
class SetSheet {

    static final List<String> HEADERS = List.of("criteria.node.code", "criteria.node.text", "criteria.node.measure",
            "criteria.node.maxPoints", "criteria.node.minPoints", "criteria.node.mustMeet", "criteria.node.level",
            "criteria.node.figure", "criteria.node.comparison", "criteria.node.threshold", "criteria.node.unesco",
            "criteria.node.evidence", "criteria.node.toBeCompleted");
    private final MessageSource messages;
    private final Locale locale;

    SetSheet(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    List<String> headers() {
        return HEADERS.stream().map(this::text).toList();
    }

    Stream<List<Object>> rows(SetDocument doc) {
        var rows = new ArrayList<List<Object>>();
        doc.forEachNode((code, node) -> rows.add(row(code, node)));
        return rows.stream();
    }

    private List<Object> row(String code, Node n) {
        return Arrays.asList(code, n.text(), text("criteria.measure." + n.measure()), n.maxPoints(), n.minPoints(),
                yes(n.mustMeet()), n.level(), n.figure(),
                n.comparison() == null ? null : text("criteria.comparison." + n.comparison()), n.threshold(),
                n.unesco() == null ? null : text("criteria.unesco." + n.unesco()), n.evidence(),
                yes(n.toBeCompleted()));
    }

    private String yes(boolean value) {
        return value ? "✓" : "";
    }

    private String text(String key) {
        return messages.getMessage(key, null, locale);
    }
}
