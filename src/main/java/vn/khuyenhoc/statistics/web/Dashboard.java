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

    /** The association's and the fund's figures of the area for the year (from their published views). */
    record Others(long members, long branches, long raised, long spent, long peopleSupported) {
    }
}
