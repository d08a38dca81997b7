package vn.khuyenhoc.registry.clan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.registry.common.CommuneArea;
import vn.khuyenhoc.registry.common.PageOf;
import vn.khuyenhoc.shared.Text;

/**
 * Reads of clans for the pages, the API and the export: only clans of communes in the user's area, searched by
 * name or code with or without diacritics, in Vietnamese order.
 */
@Component
class ClanQueries {

    private static final String FROM = """
            from reg_clan c join geography_unit_current u on u.unit_id = c.commune_id
            where (cast(:commune as bigint) is null or c.commune_id = :commune) and
            """ + CommuneArea.readableMatchingConditions("c");
    private static final String COLUMNS = """
            select c.id, c.code, c.name, c.commune_id, u.name as commune_name, c.representative,
                   c.representative_phone, c.has_board, c.since, c.closed_on, c.version,
                   (select count(*) from reg_household h where h.clan_id = c.id) as households
            """;
    private final JdbcClient jdbc;
    private final CommuneArea area;

    ClanQueries(JdbcClient jdbc, CommuneArea area) {
        this.jdbc = jdbc;
        this.area = area;
    }

    /** A clan as lists and the detail page show it; {@code households} counts its member households. */
    record ClanRow(long id, String code, String name, long communeId, String communeName, String representative,
                   String representativePhone, boolean hasBoard, LocalDate since, LocalDate closedOn, int version,
                   long households) {
    }

    /** A member household of a clan. */
    record MemberRow(long id, String code, String headName, long villageId, String villageName,
                     LocalDate closedOn) {
    }

    /** What the list is filtered by; {@code page} counts from 0. */
    record Filter(Long commune, String q, int page) {

        Filter {
            q = q == null ? "" : q;
            page = Math.max(page, 0);
        }
    }

    PageOf<ClanRow> page(Filter filter) {
        var rows = statement(COLUMNS + FROM + "order by c.sort_key, c.code limit :limit offset :offset", filter)
                .param("limit", PageOf.SIZE).param("offset", filter.page() * PageOf.SIZE)
                .query(ClanRow.class).list();
        long total = statement("select count(*) " + FROM, filter).query(Long.class).single();
        return new PageOf<>(rows, filter.page(), PageOf.SIZE, total);
    }

    /** Every clan the filter selects, for the export; the caller closes the stream. */
    Stream<ClanRow> all(Filter filter) {
        return statement(COLUMNS + FROM + "order by c.sort_key, c.code", filter).query(ClanRow.class).stream();
    }

    Optional<ClanRow> find(long id) {
        return jdbc.sql(COLUMNS + "from reg_clan c join geography_unit_current u on u.unit_id = c.commune_id "
                + "where c.id = :id").param("id", id).query(ClanRow.class).optional();
    }

    List<MemberRow> members(long clanId) {
        return jdbc.sql("""
                select h.id, h.code, h.head_name, h.village_id, v.name as village_name, h.closed_on
                from reg_household h left join geography_unit_current v on v.unit_id = h.village_id
                where h.clan_id = :clan order by v.code, h.sort_key, h.code""")
                .param("clan", clanId).query(MemberRow.class).list();
    }

    /** The household with this code in one of the commune's villages. */
    Optional<Long> household(long villageId, String code) {
        return jdbc.sql("select id from reg_household where village_id = :village and code = :code")
                .param("village", villageId).param("code", Text.normalise(code)).query(Long.class).optional();
    }

    private JdbcClient.StatementSpec statement(String sql, Filter filter) {
        return area.readableMatching(sql, filter.q()).param("commune", filter.commune());
    }
}
