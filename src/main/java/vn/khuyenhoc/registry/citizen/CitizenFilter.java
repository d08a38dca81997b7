package vn.khuyenhoc.registry.citizen;

import vn.khuyenhoc.registry.TargetGroup;
import vn.khuyenhoc.shared.Text;

/**
 * What a citizens list is filtered by: a commune or village ({@code unit}), where the person is a citizen
 * ({@code source}: HOUSEHOLD or ORGANISATION), their target group and a name typed with or without diacritics.
 */
record CitizenFilter(Long unit, Source source, TargetGroup targetGroup, String q) {

    enum Source { HOUSEHOLD, ORGANISATION }

    String foldedQuery() {
        return q == null ? "" : Text.fold(q);
    }
}
