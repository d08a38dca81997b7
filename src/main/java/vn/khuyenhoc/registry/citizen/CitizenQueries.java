package vn.khuyenhoc.registry.citizen;

import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.accounts.CurrentUser;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.registry.common.PageOf;
import vn.khuyenhoc.shared.Text;

/**
 * The citizens of the reader's area today: adults (this year minus the year of birth is 18 or more) among the
 * current members of open households, and the current staff of open organisations; a unit officer sees only
 * the staff of their organisation. Sorted the Vietnamese way by given name; erased persons, whose key is
 * {@code Text.lastSortKey()}, come last.
 */
@Repository
class CitizenQueries {

    // The page walks persons in list order (index reg_person_list_order) and looks up each one's places, so that it
    // stops after a page.
    private static final String ROWS = """
            select p.id as person_id, p.full_name, p.birth_year, p.target_group, c.source, c.unit_id, c.place,
                   c.household_code, c.organisation_id, p.erased_at is not null as erased
            from reg_person p cross join lateral (
                select 'HOUSEHOLD' as source, h.village_id as unit_id, h.code as household_code,
                       (select v.name from geography_unit_current v where v.unit_id = h.village_id) as place,
                       null::bigint as organisation_id
                from reg_member m join reg_household h on h.id = m.household_id
                where m.person_id = p.id and m.joined_on <= current_date
                  and (m.left_on is null or m.left_on >= current_date)
                  and (h.closed_on is null or h.closed_on >= current_date)
                  and p.birth_year is not null and :year - p.birth_year >= 18 %s
                union all
                select 'ORGANISATION', o.commune_id, null, o.name, o.id
                from reg_staff s join reg_organisation o on o.id = s.organisation_id
                where s.person_id = p.id and s.joined_on <= current_date
                  and (s.left_on is null or s.left_on >= current_date)
                  and (o.closed_on is null or o.closed_on >= current_date) %s) c
            """;
    /** Counted the same way, one person at a time, so that the count stops at its limit (see page()). */
    private static final String COUNT = """
            select 1 from reg_person p cross join lateral (
                select 'HOUSEHOLD' as source, h.village_id as unit_id, null::bigint as organisation_id
                from reg_member m join reg_household h on h.id = m.household_id
                where m.person_id = p.id and m.joined_on <= current_date
                  and (m.left_on is null or m.left_on >= current_date)
                  and (h.closed_on is null or h.closed_on >= current_date)
                  and p.birth_year is not null and :year - p.birth_year >= 18 %s
                union all
                select 'ORGANISATION', o.commune_id, o.id
                from reg_staff s join reg_organisation o on o.id = s.organisation_id
                where s.person_id = p.id and s.joined_on <= current_date
                  and (s.left_on is null or s.left_on >= current_date)
                  and (o.closed_on is null or o.closed_on >= current_date) %s) c
            """;

    static final int COUNT_AHEAD = 1_000;
    private static final String ORDER = " order by p.sort_key, p.id, c.source";
    private final JdbcClient jdbc;
    private final AreaGuard guard;

    CitizenQueries(JdbcClient jdbc, AreaGuard guard) {
        this.jdbc = jdbc;
        this.guard = guard;
    }

    PageOf<CitizenRow> page(CitizenFilter filter, int page) {
        int number = Math.max(page, 0);
        var where = where(filter);
        var rows = jdbc.sql(inArea(ROWS) + where.sql() + ORDER + " limit :limit offset :offset")
                .params(where.params()).param("limit", PageOf.SIZE).param("offset", number * PageOf.SIZE)
                .query(CitizenRow.class).list();
        // Counted exactly up to COUNT_AHEAD rows past this page: enough for the pager, cheap on any area
        long upTo = (long) (number + 1) * PageOf.SIZE + COUNT_AHEAD;
        long total = jdbc.sql("select count(*) from (" + inArea(COUNT) + where.sql() + " limit :upTo) counted")
                .params(where.params()).param("upTo", upTo).query(Long.class).single();
        return new PageOf<>(rows, number, PageOf.SIZE, total, total == upTo);
    }

    /** Every line of the filtered list, for an export; the caller closes the stream. */
    Stream<CitizenRow> all(CitizenFilter filter) {
        var where = where(filter);
        return jdbc.sql(inArea(ROWS) + where.sql() + ORDER)
                .params(where.params()).query(CitizenRow.class).stream();
    }

    /** The communes and villages of the reader's area, for the filter. */
    List<Place> places() {
        CurrentUser user = guard.requireUser();
        return jdbc.sql("""
                select u.unit_id as id, u.name, u.kind from geography_unit_current u
                where not u.closed and u.kind in ('COMMUNE', 'VILLAGE')
                  and (:everything or exists (select 1 from geography_unit_scope s
                                              where s.unit_id = u.unit_id and s.path like any (:prefixes)))
                order by u.path limit 500""")
                .param("everything", user.isAdmin())
                .param("prefixes", AreaGuard.likePrefixes(guard.scopePaths(user)))
                .query(Place.class).list();
    }

    /** The area goes into both sources, so that rows outside it are never joined; an administrator has none. */
    private String inArea(String sql) {
        return guard.requireUser().isAdmin() ? sql.formatted("", "")
                : sql.formatted("and h.village_id = any (:scope)", "and o.commune_id = any (:scope)");
    }

    private Where where(CitizenFilter filter) {
        CurrentUser user = guard.requireUser();
        var conditions = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        params.put("year", Year.now().getValue());
        if (!user.isAdmin()) {
            params.put("scope", unitsUnder(guard.scopePaths(user)));
        }
        if (user.role() == Role.UNIT_OFFICER) {
            conditions.add("c.organisation_id = :organisation");
            params.put("organisation", user.organisationId() == null ? -1L : user.organisationId());
        }
        if (filter.unit() != null) {
            guard.requireRead(filter.unit());
            conditions.add("c.unit_id = any (:unit)");
            params.put("unit", unitsUnder(jdbc.sql("select path from geography_unit_scope where unit_id = :u")
                    .param("u", filter.unit()).query(String.class).list()));
        }
        if (filter.source() != null) {
            conditions.add("c.source = :source");
            params.put("source", filter.source().name());
        }
        if (filter.targetGroup() != null) {
            conditions.add("p.target_group = :target");
            params.put("target", filter.targetGroup().name());
        }
        if (!filter.foldedQuery().isEmpty()) {
            conditions.add("p.name_folded like :q escape '\\'");
            params.put("q", "%" + Text.escapeLike(filter.foldedQuery()) + "%");
        }
        return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
    }

    /** The ids of the units at or under these scope paths, resolved once instead of per row. */
    private Long[] unitsUnder(List<String> paths) {
        return jdbc.sql("select distinct unit_id from geography_unit_scope where path like any (:prefixes)")
                .param("prefixes", AreaGuard.likePrefixes(paths)).query(Long.class).list().toArray(Long[]::new);
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    record Place(long id, String name, String kind) {
    }
}
