package vn.khuyenhoc.statistics.figures;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.statistics.AreaFigures;
import vn.khuyenhoc.statistics.BoundaryView;

/**
 * Roll-ups already computed, each under the epoch it was read in ({@code stat_epoch}: the transaction that last
 * changed a count or an ancestry). An entry is served only while the epoch is unchanged, and never to the
 * transaction that made the last change (it may still change more before it commits).
 */
@Component
class RollupCache {

    private static final int MAX_ENTRIES = 20_000;

    record Key(long area, int year, String title, BoundaryView view) {
    }

    private record Entry(long epoch, AreaFigures figures) {
    }

    /** The epoch seen by the caller's transaction; own when that transaction made it (the cache is bypassed). */
    record Epoch(long value, boolean own) {
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final JdbcClient jdbc;

    RollupCache(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Epoch epoch() {
        return jdbc.sql("select last_xid, last_xid = txid_current_if_assigned() from stat_epoch where id = 1")
                .query((rs, n) -> new Epoch(rs.getLong(1), rs.getBoolean(2))).single();
    }

    Optional<AreaFigures> get(Key key, Epoch epoch) {
        Entry entry = epoch.own() ? null : entries.get(key);
        return entry != null && entry.epoch() == epoch.value() ? Optional.of(entry.figures()) : Optional.empty();
    }

    /** Keeps figures read in the same snapshot as {@code epoch} (the roll-up statement returns both). */
    void put(Key key, Epoch epoch, AreaFigures figures) {
        if (epoch.own()) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(epoch.value(), figures));
    }
}
