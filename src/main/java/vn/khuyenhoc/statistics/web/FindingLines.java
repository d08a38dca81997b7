package vn.khuyenhoc.statistics.web;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.statistics.Findings;

/** Findings as the pages print them: area, year, title and the rule's sentence with its numbers. */
@Component
class FindingLines {

    record Line(long unitId, String area, int year, String title, String kind, String text) {
    }

    private final MessageSource messages;

    FindingLines(MessageSource messages) {
        this.messages = messages;
    }

    List<Line> of(List<Findings.Named> findings) {
        var locale = LocaleContextHolder.getLocale();
        return findings.stream().map(named -> {
            var f = named.finding();
            return new Line(f.unitId(), named.areaName() == null ? "#" + f.unitId() : named.areaName(), f.year(),
                    messages.getMessage("criteria.title." + f.title(), null, f.title(), locale), f.kind(),
                    messages.getMessage(f.messageKey(), f.arguments(), locale));
        }).toList();
    }
}
