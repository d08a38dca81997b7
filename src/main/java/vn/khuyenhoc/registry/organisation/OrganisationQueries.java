package vn.khuyenhoc.registry.organisation;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.registry.ManagingLevel;
import vn.khuyenhoc.registry.OrganisationKind;
import vn.khuyenhoc.registry.common.CommuneArea;
import vn.khuyenhoc.registry.common.PageOf;

/**
 * Reads of organisations for the pages, the API and the export: only those of communes the user may read,
 * filtered by commune, kind and managing level, searched by name or code with or without diacritics, in
 * Vietnamese order, with the staff count they declare beside the number of staff recorded today.
 */
@Component
class OrganisationQueries {

    private static final String FROM = """
            from reg_organisation o join geography_unit_current u on u.unit_id = o.commune_id
            left join geography_unit_current v on v.unit_id = o.village_id
            where (cast(:commune as bigint) is null or o.commune_id = :commune)
              and (cast(:kind as text) is null or o.kind = :kind)
              and (cast(:level as text) is null or o.managing_level = :level) and
            """ + CommuneArea.readableMatchingConditions("o");
    static final String COLUMNS = """
            select o.id, o.code, o.name, o.commune_id, u.name as commune_name, o.village_id, v.name as village_name,
                   o.kind, o.managing_level, o.staff_count, o.address, o.phone, o.since, o.closed_on, o.version,
                   (select count(*) from reg_staff s where s.organisation_id = o.id and s.joined_on <= current_date
                      and (s.left_on is null or s.left_on >= current_date)) as staff_recorded
            """;
    private final JdbcClient jdbc;
    private final CommuneArea area;

    OrganisationQueries(JdbcClient jdbc, CommuneArea area) {
        this.jdbc = jdbc;
        this.area = area;
    }

    /** An organisation as lists and its page show it. */
    record OrganisationRow(long id, String code, String name, long communeId, String communeName, Long villageId,
                           String villageName, OrganisationKind kind, ManagingLevel managingLevel, Integer staffCount,
                           String address, String phone, LocalDate since, LocalDate closedOn, int version,
                           long staffRecorded) {
    }

    /** What the list is filtered by; {@code page} counts from 0. */
    record Filter(Long commune, OrganisationKind kind, ManagingLevel level, String q, int page) {

        Filter {
            q = q == null ? "" : q;
            page = Math.max(page, 0);
        }
    }

    PageOf<OrganisationRow> page(Filter filter) {
        var rows = statement(COLUMNS + FROM + "order by o.sort_key, o.code limit :limit offset :offset", filter)
                .param("limit", PageOf.SIZE).param("offset", filter.page() * PageOf.SIZE)
                .query(OrganisationRow.class).list();
        long total = statement("select count(*) " + FROM, filter).query(Long.class).single();
        return new PageOf<>(rows, filter.page(), PageOf.SIZE, total);
    }

    /** Every organisation the filter selects, for the export; the caller closes the stream. */
    Stream<OrganisationRow> all(Filter filter) {
        return statement(COLUMNS + FROM + "order by o.sort_key, o.code", filter).query(OrganisationRow.class).stream();
    }

    Optional<OrganisationRow> find(long id) {
        return jdbc.sql(COLUMNS + """
                from reg_organisation o join geography_unit_current u on u.unit_id = o.commune_id
                left join geography_unit_current v on v.unit_id = o.village_id where o.id = :id""")
                .param("id", id).query(OrganisationRow.class).optional();
    }

    private JdbcClient.StatementSpec statement(String sql, Filter filter) {
        return area.readableMatching(sql, filter.q()).param("commune", filter.commune())
                .param("kind", filter.kind() == null ? null : filter.kind().name())
                .param("level", filter.level() == null ? null : filter.level().name());
    }
}
