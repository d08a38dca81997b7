package vn.khuyenhoc.statistics;

import java.util.List;

/** An area's figure for a year and title with its child areas' figures. */
public record AreaFigures(long areaId, int year, String title, BoundaryView view, Figure total,
                          List<Figure> children) {
}
