package vn.khuyenhoc.geography.imports;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.khuyenhoc.geography.LineageKind;
import vn.khuyenhoc.geography.imports.ImportPlan.LinkRow;

/** The links and set-aside items already stored for one effective date, so that an import repeats nothing. */
final class ExistingLineage {

    private final Map<String, LinkRow> links = new HashMap<>();
    private final Set<Long> successors = new HashSet<>();
    private final Set<String> setAsides = new HashSet<>();

    static ExistingLineage load(JdbcClient jdbc, LocalDate effective) {
        var existing = new ExistingLineage();
        jdbc.sql("""
                select id, predecessor_id, successor_id, kind, share, note from geo_lineage
                where effective_date = :on""")
                .param("on", effective)
                .query(rs -> {
                    var link = new LinkRow(rs.getLong("id"), rs.getLong("predecessor_id"), rs.getLong("successor_id"),
                            effective, LineageKind.valueOf(rs.getString("kind")), rs.getBigDecimal("share"),
                            rs.getString("note"));
                    existing.links.put(key(link.predecessorId(), link.successorId()), link);
                    existing.successors.add(link.successorId());
                });
        jdbc.sql("select reason, code, coalesce(missing_code, '') from geo_set_aside where effective_date = :on")
                .param("on", effective)
                .query(rs -> {
                    existing.setAsides.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3));
                });
        return existing;
    }

    private static String key(long predecessor, long successor) {
        return predecessor + ">" + successor;
    }

    LinkRow link(long predecessor, long successor) {
        return links.get(key(predecessor, successor));
    }

    boolean hasPredecessor(long successor) {
        return successors.contains(successor);
    }

    boolean recorded(String reason, String code, String missingCode) {
        return setAsides.contains(reason + "|" + code + "|" + (missingCode == null ? "" : missingCode));
    }
}
