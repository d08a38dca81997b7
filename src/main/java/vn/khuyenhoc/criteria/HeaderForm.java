package vn.khuyenhoc.criteria;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import vn.khuyenhoc.shared.Text;

/**
 * The editor's form for a draft's name, legal basis, years, variant and rule; bands come as parallel lists
 * (a row with a blank label is left out).
 */
public record HeaderForm(String name, String legalNumber,
                         @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate legalDate, Integer yearFrom, Integer yearTo,
                         String variant, String notes, BigDecimal maxPoints, BigDecimal passMark,
                         BigDecimal minPerIndicator, Integer levels, List<String> bandLabel,
                         List<BigDecimal> bandLower) {

    public static HeaderForm of(SetDocument doc) {
        var rule = doc.rule();
        LegalBasis legal = doc.legalBasis() == null ? new LegalBasis(null, null) : doc.legalBasis();
        return new HeaderForm(doc.name(), legal.number(), legal.date(), doc.yearFrom(), doc.yearTo(), doc.variant(),
                doc.notes(), rule.maxPoints(), rule.passMark(), rule.minPerIndicator(), rule.levels(),
                rule.bands().stream().map(Band::label).toList(), rule.bands().stream().map(Band::lowerBound).toList());
    }

    List<Band> bands() {
        var bands = new ArrayList<Band>();
        int rows = bandLabel == null ? 0 : bandLabel.size();
        for (int i = 0; i < rows; i++) {
            String label = Text.normaliseOrNull(bandLabel.get(i));
            if (label != null) {
                bands.add(new Band(label, bandLower == null || bandLower.size() <= i ? null : bandLower.get(i)));
            }
        }
        return bands;
    }

    /** The draft's content with this header and rule applied; the tree stays as it is. */
    SetDocument applyTo(SetDocument doc) {
        var rule = new Rule(doc.rule().style(), maxPoints, bands(), passMark, minPerIndicator,
                levels == null ? 0 : levels);
        return new SetDocument(doc.format(), doc.title(), doc.code(), doc.version(), Text.normaliseOrNull(name),
                new LegalBasis(Text.normaliseOrNull(legalNumber), legalDate), yearFrom, yearTo,
                Text.normaliseOrNull(variant), doc.targetGroups(), doc.incomplete(), Text.normaliseOrNull(notes), rule,
                doc.criteria());
    }
}
