package vn.khuyenhoc.registry.household;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.accounts.CurrentUser;
import vn.khuyenhoc.registry.common.PageOf;
import vn.khuyenhoc.registry.household.HouseholdRow.Village;
import vn.khuyenhoc.shared.Text;

/**
 * Lists of households within the user's area, in Vietnamese order of the head's name (given name first), searched
 * without diacritics. Village names are looked up for the rows shown only, so the list never scans the map.
 */
@Component
class HouseholdQueries {

    private static final String ROWS = """
            select h.id, h.village_id, null as village_code, null as village_name, h.code, h.head_name, h.address,
                   h.phone, (select count(*) from reg_member m where m.household_id = h.id and m.left_on is null)
                   as members, c.name as clan_name, h.since, h.closed_on
            """;
    private static final String CLAN = " left join reg_clan c on c.id = h.clan_id";
    private static final String ORDER = " order by h.sort_key, h.code, h.id";
    private final JdbcClient jdbc;
    private final AreaGuard guard;

    HouseholdQueries(JdbcClient jdbc, AreaGuard guard) {
        this.jdbc = jdbc;
        this.guard = guard;
    }

    PageOf<HouseholdRow> page(HouseholdFilter filter) {
        var where = where(filter);
        // The page's ids first (an index-only scan of reg_household_list_order when there is no search text), so
        // that a deep page skips index entries, not joined rows with their member counts.
        var rows = jdbc.sql(ROWS + "from (select h.id from reg_household h" + where.sql() + ORDER
                        + " limit :limit offset :offset) page join reg_household h on h.id = page.id" + CLAN + ORDER)
                .params(where.params())
                .param("limit", PageOf.SIZE).param("offset", filter.page() * PageOf.SIZE)
                .query(HouseholdRow.class).list();
        long total = jdbc.sql("select count(*) from reg_household h" + where.sql()).params(where.params())
                .query(Long.class).single();
        return new PageOf<>(withVillages(rows), filter.page(), PageOf.SIZE, total);
    }

    /** Every household of the filter, in list order, for the export; the caller closes the stream. */
    Stream<HouseholdRow> all(HouseholdFilter filter) {
        Map<Long, Village> villages = villagesOfArea().stream()
                .collect(Collectors.toMap(Village::unitId, Function.identity()));
        var where = where(filter);
        return jdbc.sql(ROWS + "from reg_household h" + CLAN + where.sql() + ORDER).params(where.params())
                .query(HouseholdRow.class).stream()
                .map(row -> row.inVillage(villages.getOrDefault(row.villageId(),
                        new Village(row.villageId(), "", ""))));
    }

    /** The live villages of the user's area, by code, for the filter and the move form. */
    List<Village> villagesOfArea() {
        CurrentUser user = guard.requireUser();
        return jdbc.sql("""
                select g.unit_id, g.code, g.name from geography_unit_current g
                where g.kind = 'VILLAGE' and not g.closed
                  and (:everything or exists (select 1 from geography_unit_scope s
                                              where s.unit_id = g.unit_id and s.path like any (:prefixes)))
                order by g.code""")
                .param("everything", user.isAdmin())
                .param("prefixes", AreaGuard.likePrefixes(guard.scopePaths(user)))
                .query(Village.class).list();
    }

    private List<HouseholdRow> withVillages(List<HouseholdRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Long[] ids = rows.stream().map(HouseholdRow::villageId).distinct().toArray(Long[]::new);
        Map<Long, Village> villages = jdbc.sql("""
                select unit_id, code, name from geography_unit_current where unit_id = any (:ids)""")
                .param("ids", ids).query(Village.class).list().stream()
                .collect(Collectors.toMap(Village::unitId, Function.identity()));
        return rows.stream().map(row -> row.inVillage(villages.getOrDefault(row.villageId(),
                new Village(row.villageId(), "", "")))).toList();
    }

    /**
     * Only the conditions the filter needs, with the area resolved to its unit ids first: a plan per shape of
     * filter, and no per-row look-up of scope paths, so that the sort index can stop after one page.
     */
    private Where where(HouseholdFilter filter) {
        var conditions = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        if (filter.village() != null) {
            conditions.add("h.village_id = :village"); // the guard checked the village against the area
            params.put("village", filter.village());
        } else if (!guard.requireUser().isAdmin()) {
            conditions.add("h.village_id = any (:units)");
            params.put("units", unitsOfArea());
        }
        if (!filter.closed()) {
            conditions.add("h.closed_on is null");
        }
        String q = Text.fold(filter.q());
        if (!q.isEmpty()) {
            conditions.add("h.search_folded like :q escape '\\'");
            params.put("q", "%" + Text.escapeLike(q) + "%");
        }
        return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
    }

    private Long[] unitsOfArea() {
        return jdbc.sql("select distinct unit_id from geography_unit_scope where path like any (:prefixes)")
                .param("prefixes", AreaGuard.likePrefixes(guard.scopePaths(guard.requireUser())))
                .query(Long.class).list().toArray(Long[]::new);
    }

    private record Where(String sql, Map<String, Object> params) {
    }
}
