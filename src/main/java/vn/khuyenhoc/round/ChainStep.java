package vn.khuyenhoc.round;

import vn.khuyenhoc.criteria.Title;

/** One step of a title's chain: the national level, the province's (the same unless it overrides it). */
public record ChainStep(Title title, Step step, Level national, Level province, boolean overridden) {
}
