package vn.khuyenhoc.statistics.rules;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * When a commune's return lists its villages, every village the commune had that year must be in it (with a
 * return or records); the missing ones are named.
 */
public final class MissingVillageRule {

    private MissingVillageRule() {
    }

    /** {@code villages}: id → name of the commune's villages that year; {@code present}: ids with a figure. */
    public static List<Finding> check(long commune, int year, String title, Map<Long, String> villages,
                                      Collection<Long> present) {
        if (present.isEmpty()) {
            return List.of();
        }
        return villages.entrySet().stream().filter(village -> !present.contains(village.getKey()))
                .map(village -> new Finding("missingVillage", commune, year, title,
                        List.of(village.getValue())))
                .toList();
    }
}
