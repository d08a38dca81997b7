package vn.khuyenhoc.statistics.rules;

import java.util.ArrayList;
import java.util.List;
import vn.khuyenhoc.shared.Rate;

/** The child areas of an area together cannot count more than the area itself. */
public final class ChildTotalRule {

    private ChildTotalRule() {
    }

    public static List<Finding> check(Counts parent, List<Counts> children) {
        long subjects = children.stream().mapToLong(Counts::subjects).sum();
        long registered = children.stream().mapToLong(Counts::registered).sum();
        long recognised = children.stream().mapToLong(Counts::recognised).sum();
        var findings = new ArrayList<Finding>();
        add(findings, parent, "subjects", subjects, parent.subjects());
        add(findings, parent, "registered", registered, parent.registered());
        add(findings, parent, "recognised", recognised, parent.recognised());
        return findings;
    }

    private static void add(List<Finding> findings, Counts parent, String what, long children, long own) {
        if (children > own) {
            findings.add(new Finding("childTotal", parent.unitId(), parent.year(), parent.title(),
                    List.of(what, Rate.count(children), Rate.count(own))));
        }
    }
}
