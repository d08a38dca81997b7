package vn.khuyenhoc.statistics.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khuyenhoc.statistics.AreaFigures;
import vn.khuyenhoc.statistics.BoundaryView;
import vn.khuyenhoc.statistics.Figure;

class RollupCacheTests {

    private final RollupCache cache = new RollupCache(null);
    private final RollupCache.Key key = new RollupCache.Key(7L, 2024, "GIA_DINH", BoundaryView.AS_THE_MAP_WAS);
    private final AreaFigures figures = new AreaFigures(7L, 2024, "GIA_DINH", BoundaryView.AS_THE_MAP_WAS,
            new Figure(7L, null, 10, 8, 5, false, false, false), List.of());

    @Test
    void aRollupIsServedOnlyWhileNothingItReadHasChanged() {
        cache.put(key, new RollupCache.Epoch(41, false), figures);

        assertThat(cache.get(key, new RollupCache.Epoch(41, false))).contains(figures);
        assertThat(cache.get(key, new RollupCache.Epoch(42, false))).isEmpty();
        assertThat(cache.get(new RollupCache.Key(7L, 2025, "GIA_DINH", BoundaryView.AS_THE_MAP_WAS),
                new RollupCache.Epoch(41, false))).isEmpty();
    }

    @Test
    void theTransactionThatMadeTheLastChangeNeitherReadsNorFillsTheCache() {
        cache.put(key, new RollupCache.Epoch(42, true), figures);
        assertThat(cache.get(key, new RollupCache.Epoch(42, false))).isEmpty();

        cache.put(key, new RollupCache.Epoch(42, false), figures);
        assertThat(cache.get(key, new RollupCache.Epoch(42, true))).isEmpty();
    }
}
