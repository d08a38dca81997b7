package vn.khuyenhoc.criteria.set;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.khuyenhoc.criteria.SetSummary;
import vn.khuyenhoc.shared.Text;

/** Lists of sets for the pages and the API; there are tens of sets, not thousands, so no paging. */
@Repository
class SetListQueries {

    static final int LIMIT = 500;
    private final JdbcClient jdbc;

    SetListQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SetSummary> find(SetFilter filter) {
        return jdbc.sql("""
                select s.id, s.title, s.code, s.version, s.name, s.legal_number, s.legal_date, s.year_from, s.year_to,
                       s.variant, s.owner_unit_id, u.name as owner_name, s.status, s.incomplete, s.used, s.style
                from criteria_set s left join geography_unit_current u on u.unit_id = s.owner_unit_id
                where (cast(:title as text) is null or s.title = :title)
                  and (cast(:status as text) is null or s.status = :status)
                  and (:owner = '' or (:owner = 'national') = (s.owner_unit_id is null))
                order by s.title, s.code, s.version desc
                limit :limit""")
                .param("title", filter.title() == null ? null : filter.title().name())
                .param("status", filter.status() == null ? null : filter.status().name())
                .param("owner", filter.owner()).param("limit", LIMIT).query(SetSummary.class).stream()
                .filter(set -> matches(set, Text.fold(filter.q()))).toList();
    }

    /** Searched without diacritics, by name or code, in Java: the sets are few. */
    private static boolean matches(SetSummary set, String folded) {
        return folded.isEmpty() || Text.fold(set.name()).contains(folded) || Text.fold(set.code()).contains(folded);
    }

    /** Provinces on today's map, for choosing whose variant a copy becomes. */
    List<Province> provinces() {
        return jdbc.sql("""
                select unit_id as id, name from geography_unit_current where kind = 'PROVINCE' and not closed
                order by code""").query(Province.class).list();
    }

    record Province(long id, String name) {
    }
}
