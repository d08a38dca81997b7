package vn.khuyenhoc.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The navigation's counts of one request, each counted at most once and only when the layout asks for it. */
public final class NavigationCounts {

    private final List<NavigationCount> counts;
    private final Map<String, Integer> counted = new HashMap<>();

    NavigationCounts(List<NavigationCount> counts) {
        this.counts = counts;
    }

    /** The sum of the counts contributed for the entry's address. */
    public int of(String href) {
        return counted.computeIfAbsent(href, h -> counts.stream().filter(c -> c.href().equals(h))
                .mapToInt(c -> c.count().getAsInt()).sum());
    }
}
