package vn.khuyenhoc.statistics.web;

import java.util.List;
import vn.khuyenhoc.statistics.AreaFigures;
import vn.khuyenhoc.statistics.BoundaryView;
import vn.khuyenhoc.statistics.Figure;
import vn.khuyenhoc.statistics.Findings;
import vn.khuyenhoc.statistics.Target;

/** What an area's dashboard shows for a year; {@code focus} is the title whose children and trend are charted. */
record Dashboard(AreaPlaces.Place area, List<AreaPlaces.Place> breadcrumbs, int year, BoundaryView view,
                 List<Integer> years, List<TitleLine> titles, AreaFigures focus, List<TrendPoint> trend,
                 List<Findings.Named> findings, Others others) {

    /** A title's figure for the area against its target (null when none applies). */
    record TitleLine(String title, Figure figure, Target target, Target.Standing standing) {
    }

    record TrendPoint(int year, Figure figure) {
    }

    /** The other modules' figures of the area for the year (from their published views). */
    record Others(long members, long branches, long raised, long spent, long peopleSupported, Centres centres,
                  Commendations commendations) {
    }

    /** Community learning centres open on the year's reference day and their ratings of the year. */
    record Centres(long centres, long rated, long good, long fair, long average, long weak, long classes,
                   long learnerVisits) {
    }

    /** Commendations of the year by kind, to collectives and to individuals. */
    record Commendations(List<KindCount> kinds) {

        public long total() {
            return kinds.stream().mapToLong(k -> k.collective() + k.individual()).sum();
        }

        public long collective() {
            return kinds.stream().mapToLong(KindCount::collective).sum();
        }

        public long individual() {
            return kinds.stream().mapToLong(KindCount::individual).sum();
        }
    }

    record KindCount(String kind, long collective, long individual) {
    }
}
