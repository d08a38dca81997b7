package vn.khuyenhoc.registry.imports;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes a staged clans or organisations import: new records inserted, changed ones updated, set-based. */
@Component
class RecordCommit {

    private final JdbcClient jdbc;

    RecordCommit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    HouseholdCommit.Affected commit(long importId, ImportKind kind) {
        boolean clans = kind == ImportKind.CLANS;
        run(clans ? """
                insert into reg_clan (id, commune_id, code, name, name_folded, sort_key, representative,
                                      representative_phone, has_board, since)
                select clan_id, commune_id, code, name, name_folded, sort_key, representative, representative_phone,
                       has_board, since
                from reg_import_clan where import_id = :id and is_new""" : """
                insert into reg_organisation (id, commune_id, code, name, name_folded, sort_key, kind, managing_level,
                                              staff_count, address, phone, since)
                select organisation_id, commune_id, code, name, name_folded, sort_key, kind, managing_level,
                       staff_count, address, phone, since
                from reg_import_organisation where import_id = :id and is_new""", importId);
        run(clans ? """
                update reg_clan c set name = s.name, name_folded = s.name_folded, sort_key = s.sort_key,
                       representative = s.representative, representative_phone = s.representative_phone,
                       has_board = s.has_board, version = c.version + 1
                from reg_import_clan s where s.import_id = :id and s.changed and c.id = s.clan_id""" : """
                update reg_organisation o set name = s.name, name_folded = s.name_folded, sort_key = s.sort_key,
                       kind = s.kind, managing_level = s.managing_level, staff_count = s.staff_count,
                       address = s.address, phone = s.phone, version = o.version + 1
                from reg_import_organisation s where s.import_id = :id and s.changed and o.id = s.organisation_id""",
                importId);
        String table = clans ? "reg_import_clan" : "reg_import_organisation";
        String id = clans ? "clan_id" : "organisation_id";
        return new HouseholdCommit.Affected(jdbc.sql("select " + id + " from " + table
                + " where import_id = :id and (is_new or changed) order by 1").param("id", importId)
                .query(Long.class).list(), List.of());
    }

    int staged(long importId, ImportKind kind) {
        String table = kind == ImportKind.CLANS ? "reg_import_clan" : "reg_import_organisation";
        return jdbc.sql("select count(*) from " + table + " where import_id = :id").param("id", importId)
                .query(Integer.class).single();
    }

    private void run(String sql, long importId) {
        jdbc.sql(sql).param("id", importId).update();
    }
}
