package vn.khuyenhoc.learningcentre.centre;

import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The centres' figures of an area and year, summed from the published view {@code learningcentre_figures_by_year}
 * under the area's paths on today's map, as statistics will read them.
 */
@Component
class CentreFigures {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private final JdbcClient jdbc;

    CentreFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Centres open at the year's end, ratings of the year by band, classes, activities and learner visits. */
    record Figures(int year, long centres, long rated, long good, long fair, long average, long weak, long classes,
                   long activities, long learnerVisits) {

        /**
         * The arguments of {@code learningcentre.figures.line} ("29/130 trung tâm xếp loại tốt, 77/130 khá"):
         * good, centres, fair, average, weak, written the Vietnamese way (5.557).
         */
        Object[] lineArguments() {
            return new Object[] {number(good), number(centres), number(fair), number(average), number(weak)};
        }
    }

    Figures figures(String[] prefixes, int year) {
        return jdbc.sql("""
                select :year as year, coalesce(sum(centres), 0) as centres, coalesce(sum(rated), 0) as rated,
                       coalesce(sum(rated_good), 0) as good, coalesce(sum(rated_fair), 0) as fair,
                       coalesce(sum(rated_average), 0) as average, coalesce(sum(rated_weak), 0) as weak,
                       coalesce(sum(classes), 0) as classes, coalesce(sum(activities), 0) as activities,
                       coalesce(sum(learner_visits), 0) as learner_visits
                from learningcentre_figures_by_year f
                where f.year = :year and """ + " " + CentreQueries.UNDER.formatted("f.unit_id"))
                .param("prefixes", prefixes).param("year", year).query(Figures.class).single();
    }

    static String number(long value) {
        return String.format(VIETNAMESE, "%,d", value);
    }
}
