/**
 * Criteria sets (bộ tiêu chí) of the learning titles as versioned data: a tree of criteria and indicators with a
 * rule of one of two styles (points with bands, or levels reached by meeting every indicator of a level), the
 * official sets bundled as data, an editor for administrators and province officers, and the scoring that
 * turns a score sheet into a result and its reasons. Assessment rounds use {@link vn.khuyenhoc.criteria.CriteriaSets}
 * and the read-only view {@code criteria_set_summary}, never the tables.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "web", "geography", "accounts"})
package vn.khuyenhoc.criteria;
