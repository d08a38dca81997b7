package vn.khuyenhoc.registry.household;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.accounts.CurrentUser;
import vn.khuyenhoc.registry.household.HouseholdRow.Village;
import vn.khuyenhoc.shared.Text;

/**
 * Lists of households within the user's area, in Vietnamese order of the head's name (given name first), searched
 * without diacritics. Village names are looked up for the rows shown only, so the list never scans the map.
 */
@Component
class HouseholdQueries {

    static final int PAGE_SIZE = 50;
    private static final String ROWS = """
            select h.id, h.village_id, null as village_code, null as village_name, h.code, h.head_name, h.address,
                   h.phone, (select count(*) from reg_member m where m.household_id = h.id and m.left_on is null)
                   as members, c.name as clan_name, h.since, h.closed_on
            from reg_household h left join reg_clan c on c.id = h.clan_id
            """;
    private static final String WHERE = """
            where (:everything or exists (select 1 from geography_unit_scope s
                                          where s.unit_id = h.village_id and s.path like any (:prefixes)))
              and (cast(:village as bigint) is null or h.village_id = :village)
              and (:closed or h.closed_on is null)
              and h.search_folded like :q escape '\\'
            """;
    private static final String ORDER = " order by h.sort_key, h.code, h.id";
    private final JdbcClient jdbc;
    private final AreaGuard guard;

    HouseholdQueries(JdbcClient jdbc, AreaGuard guard) {
        this.jdbc = jdbc;
        this.guard = guard;
    }

    HouseholdPage page(HouseholdFilter filter) {
        var rows = bind(jdbc.sql(ROWS + WHERE + ORDER + " limit :limit offset :offset"), filter)
                .param("limit", PAGE_SIZE).param("offset", filter.page() * PAGE_SIZE)
                .query(HouseholdRow.class).list();
        long total = bind(jdbc.sql("select count(*) from reg_household h " + WHERE), filter)
                .query(Long.class).single();
        return new HouseholdPage(withVillages(rows), filter.page(), PAGE_SIZE, total);
    }

    /** Every household of the filter, in list order, for the export; the caller closes the stream. */
    Stream<HouseholdRow> all(HouseholdFilter filter) {
        Map<Long, Village> villages = villagesOfArea().stream()
                .collect(Collectors.toMap(Village::unitId, Function.identity()));
        return bind(jdbc.sql(ROWS + WHERE + ORDER), filter).query(HouseholdRow.class).stream()
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

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, HouseholdFilter filter) {
        CurrentUser user = guard.requireUser();
        return statement.param("everything", user.isAdmin())
                .param("prefixes", AreaGuard.likePrefixes(guard.scopePaths(user)))
                .param("village", filter.village())
                .param("closed", filter.closed())
                .param("q", "%" + Text.escapeLike(Text.fold(filter.q())) + "%");
    }

    /** A page of households; {@code number} counts from 0. */
    record HouseholdPage(List<HouseholdRow> rows, int number, int size, long total) {

        public boolean hasPrevious() {
            return number > 0;
        }

        public boolean hasNext() {
            return (long) (number + 1) * size < total;
        }
    }
}
