package vn.khuyenhoc.learningcentre.centre;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.web.SpreadsheetDownload;

/** The centres of an area in a year, and one centre's activities, as Excel sheets in the reader's language. */
@Component
class CentreSheets {

    private final MessageSource messages;

    CentreSheets(MessageSource messages) {
        this.messages = messages;
    }

    void centres(HttpServletResponse response, List<CentreQueries.CentreRow> rows, int year, Locale locale)
            throws IOException {
        SpreadsheetDownload.send(response, text("learningcentre.export.centresFile", locale) + "-" + year,
                String.valueOf(year), headers(locale, "learningcentre.centre.name", "learningcentre.centre.commune",
                        "learningcentre.centre.director", "learningcentre.rating", "learningcentre.classes",
                        "learningcentre.activities", "learningcentre.visits"),
                rows.stream().map(r -> List.<Object>of(r.name(), r.commune(), r.director() == null ? "" : r.director(),
                        r.rating() == null ? "" : text("learningcentre.rating." + r.rating(), locale), r.classes(),
                        r.activities(), r.visits())));
    }

    void activities(HttpServletResponse response, List<CentreQueries.ActivityRow> rows, Locale locale)
            throws IOException {
        SpreadsheetDownload.send(response, text("learningcentre.export.activitiesFile", locale),
                text("learningcentre.activities", locale), headers(locale, "learningcentre.activity.startsOn",
                        "learningcentre.activity.endsOn", "learningcentre.activity.kind", "learningcentre.activity.topic",
                        "learningcentre.activity.title", "learningcentre.activity.participants"),
                rows.stream().map(a -> java.util.Arrays.<Object>asList(a.startsOn(), a.endsOn(),
                        text("learningcentre.kind." + a.kind(), locale), text("learningcentre.topic." + a.topic(), locale),
                        a.title(), a.participants())));
    }

    private List<String> headers(Locale locale, String... keys) {
        return java.util.Arrays.stream(keys).map(key -> text(key, locale)).toList();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
