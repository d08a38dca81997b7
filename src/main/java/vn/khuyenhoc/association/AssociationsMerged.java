package vn.khuyenhoc.association;

import java.time.LocalDate;
import java.util.List;

/**
 * Associations merged as their units did: {@code predecessorIds} closed the day before {@code effective}, and
 * {@code associationId} continues them. Published inside the merger's transaction, so that a listener that cannot
 * follow (a fund whose books are closed) undoes the whole merger. The audit entry is the merger's own.
 */
public record AssociationsMerged(long associationId, long geoUnitId, String name, List<Long> predecessorIds,
                                 LocalDate effective) {

    public AssociationsMerged {
        predecessorIds = List.copyOf(predecessorIds);
    }
}
