package vn.khuyenhoc.registry.imports;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.accounts.CurrentUser;
import vn.khuyenhoc.registry.common.Names;
import vn.khuyenhoc.shared.Text;

/**
 * Checks a clans or organisations file against the database (commune codes of today's map in the user's area)
 * and stages it: records matched by commune and code, new ones with reserved ids; whether a matched one changes
 * is decided by the database, comparing the staged row with the stored one.
 */
@Component
class RecordStager {

    private static final String CLAN_COLUMNS = "import_id, clan_id, is_new, changed, commune_id, code, name, "
            + "name_folded, sort_key, representative, representative_phone, has_board, since";
    private static final String ORGANISATION_COLUMNS = "import_id, organisation_id, is_new, changed, commune_id, "
            + "code, name, name_folded, sort_key, kind, managing_level, staff_count, address, phone, since";
    private final ImportLookups existing;
    private final AreaGuard guard;
    private final DataSource dataSource;
    private final JdbcClient jdbc;

    RecordStager(ImportLookups existing, AreaGuard guard, DataSource dataSource, JdbcClient jdbc) {
        this.existing = existing;
        this.guard = guard;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** The commune id of each line; problems for unknown communes and communes outside the user's area. */
    Map<RecordLine, Long> resolve(ParsedFile file, CurrentUser user) {
        var communes = existing.units("COMMUNE",
                file.records().stream().map(RecordLine::communeCode).collect(Collectors.toSet()));
        var resolved = new HashMap<RecordLine, Long>();
        for (RecordLine line : file.records()) {
            var commune = communes.get(line.communeCode());
            if (commune == null) {
                file.problems().add(line.sheet(), line.row(), Column.COMMUNE_CODE, "registry.imports.unknownCommune",
                        line.communeCode());
            } else if (user.role().readOnly() || !guard.covers(user, commune.id())) {
                file.problems().add(line.sheet(), line.row(), Column.COMMUNE_CODE,
                        "registry.imports.communeOutsideArea", line.communeCode());
            } else {
                resolved.put(line, commune.id());
            }
        }
        return resolved;
    }

    Map<String, Integer> stage(long importId, ImportKind kind, Map<RecordLine, Long> resolved) throws SQLException {
        boolean clans = kind == ImportKind.CLANS;
        var communes = resolved.values().stream().distinct().toList();
        var stored = new HashMap<String, Long>();
        (clans ? existing.clans(communes) : existing.organisations(communes))
                .forEach(c -> stored.put(c.communeId() + "\u0000" + c.code(), c.id()));
        long count = resolved.entrySet().stream().filter(e -> !stored.containsKey(key(e.getValue(), e.getKey())))
                .count();
        long[] ids = existing.reserveIds(clans ? "reg_clan_id_seq" : "reg_organisation_id_seq", (int) count);
        var connection = DataSourceUtils.getConnection(dataSource);
        CopyWriter copy = null;
        try {
            copy = CopyWriter.open(connection, clans ? "reg_import_clan" : "reg_import_organisation",
                    clans ? CLAN_COLUMNS : ORGANISATION_COLUMNS);
            int next = 0;
            for (var entry : resolved.entrySet()) {
                RecordLine line = entry.getKey();
                Long known = stored.get(key(entry.getValue(), line));
                copy.add(importId).add(known == null ? ids[next++] : known).add(known == null).add(false)
                        .add(entry.getValue()).add(line.code()).add(line.name()).add(Text.fold(line.name()))
                        .add(Names.sortKey(line.name()));
                if (clans) {
                    copy.add(line.representative()).add(line.phone()).add(line.hasBoard());
                } else {
                    copy.add(line.kind().name()).add(line.level().name()).add(line.staffCount()).add(line.address())
                            .add(line.phone());
                }
                copy.add(line.since()).endRow();
            }
            copy.finish();
        } catch (SQLException | RuntimeException e) {
            CopyWriter.abort(copy);
            throw e;
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        return counts(importId, clans);
    }

    private Map<String, Integer> counts(long importId, boolean clans) {
        jdbc.sql(clans ? """
                update reg_import_clan s set changed = (s.name, s.representative, s.representative_phone, s.has_board)
                       is distinct from (c.name, c.representative, c.representative_phone, c.has_board)
                from reg_clan c where s.import_id = :id and not s.is_new and c.id = s.clan_id""" : """
                update reg_import_organisation s set changed = (s.name, s.kind, s.managing_level, s.staff_count,
                       s.address, s.phone) is distinct from (o.name, o.kind, o.managing_level, o.staff_count,
                       o.address, o.phone)
                from reg_organisation o where s.import_id = :id and not s.is_new and o.id = s.organisation_id""")
                .param("id", importId).update();
        var tally = new Tally();
        jdbc.sql("select is_new, changed from " + (clans ? "reg_import_clan" : "reg_import_organisation")
                        + " where import_id = :id").param("id", importId)
                .query((rs, n) -> {
                    tally.record(rs.getBoolean(1), rs.getBoolean(2));
                    return n;
                }).list();
        return tally.counts();
    }

    private static String key(long communeId, RecordLine line) {
        return communeId + "\u0000" + line.code();
    }
}
