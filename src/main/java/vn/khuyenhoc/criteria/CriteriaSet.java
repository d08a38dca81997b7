package vn.khuyenhoc.criteria;

import java.time.Instant;

/**
 * A stored criteria set: its content (as the exchange format carries it) and its life: the owner (null =
 * national, otherwise the province that adapted it), draft or published, whether a round has used it, the set
 * it was copied from, and the row version that detects concurrent edits.
 */
public record CriteriaSet(long id, Long ownerUnitId, String ownerName, SetStatus status, boolean used,
                          Long copiedFrom, boolean bundled, int rowVersion, Instant publishedAt, SetDocument content) {

    public boolean incomplete() {
        return content.incomplete();
    }

    public boolean isDraft() {
        return status == SetStatus.DRAFT;
    }

    /**
     * A round of the current year may use only a published, complete set; an incomplete one records the results
     * of past years as they were decided, and such rounds are historical.
     */
    public boolean mayScoreCurrentRound() {
        return status == SetStatus.PUBLISHED && !content.incomplete();
    }

    public boolean mayRecordHistoricalRound() {
        return status == SetStatus.PUBLISHED;
    }
}
