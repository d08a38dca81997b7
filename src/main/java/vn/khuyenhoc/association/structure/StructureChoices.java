package vn.khuyenhoc.association.structure;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.accounts.AreaGuard;

/**
 * What the structure forms pick from: a commune's villages, clans and organisations today, the units of the
 * user's area an association may be founded for, and the mergers it may follow.
 */
@Component
class StructureChoices {

    private final JdbcClient jdbc;
    private final AreaGuard guard;

    StructureChoices(JdbcClient jdbc, AreaGuard guard) {
        this.jdbc = jdbc;
        this.guard = guard;
    }

    /** A unit whose association may be founded, or a merger to follow. */
    record UnitOption(long id, String code, String name, String kind, LocalDate effectiveDate) {
    }

    /** Today's provinces and communes in the user's area that have no open association. */
    List<UnitOption> foundable() {
        return jdbc.sql("""
                select g.unit_id as id, g.code, g.name, g.kind, null as effective_date from geography_unit_current g
                where g.kind in ('PROVINCE', 'COMMUNE') and not g.closed and %s
                  and not exists (select 1 from assoc_unit a where a.geo_unit_id = g.unit_id and a.valid_to is null)
                order by g.kind desc, g.code limit 500""".formatted(ReadScope.within("g.unit_id")))
                .param("prefixes", AreaGuard.likePrefixes(guard.currentScopePaths())).query(UnitOption.class).list();
    }

    /** Mergers recorded by geography into units of the user's area whose associations have not followed yet. */
    List<UnitOption> mergers() {
        return jdbc.sql("""
                select distinct g.unit_id as id, g.code, g.name, g.kind, l.effective_date
                from geography_lineage l join geography_unit_current g on g.unit_id = l.successor_id
                where l.kind = 'MERGE' and %s and not exists (select 1 from assoc_unit a
                    where a.geo_unit_id = g.unit_id and a.valid_from = l.effective_date)
                order by l.effective_date desc, g.code limit 500""".formatted(ReadScope.within("g.unit_id")))
                .param("prefixes", AreaGuard.likePrefixes(guard.currentScopePaths())).query(UnitOption.class).list();
    }

    record Option(long id, String name) {
    }

    List<Option> villages(long communeId) {
        return jdbc.sql("""
                select unit_id as id, name from geography_unit_current
                where kind = 'VILLAGE' and not closed and parent_id = :c order by code""")
                .param("c", communeId).query(Option.class).list();
    }

    List<Option> clans(long communeId) {
        return jdbc.sql("""
                select clan_id as id, name from registry_clan_name where commune_id = :c and closed_on is null
                order by name""").param("c", communeId).query(Option.class).list();
    }

    List<Option> organisations(long communeId) {
        return jdbc.sql("""
                select organisation_id as id, name from registry_organisation_name
                where commune_id = :c and closed_on is null order by name""")
                .param("c", communeId).query(Option.class).list();
    }
}
