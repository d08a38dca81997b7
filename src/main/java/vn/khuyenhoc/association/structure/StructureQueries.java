package vn.khuyenhoc.association.structure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.shared.Text;

/** Reads of association units with their branches, boards, officers and lineage, for the pages and the API. */
@Component
public class StructureQueries {

    private static final String FROM = """
            from assoc_unit a join geography_unit_current g on g.unit_id = a.geo_unit_id
            where %s and (:q = '' or g.code like :pattern escape '\\' or exists (
                select 1 from geography_unit_version v where v.unit_id = a.geo_unit_id
                  and v.name_folded like :pattern escape '\\'))
            """.formatted(ReadScope.within("a.geo_unit_id"));
    private final JdbcClient jdbc;
    private final ReadScope scope;

    StructureQueries(JdbcClient jdbc, ReadScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    public record UnitRow(long id, String name, String level, long geoUnitId, String geoCode, String geoName,
                          LocalDate validFrom, LocalDate validTo, long branches, long members) {
    }

    public record BranchRow(long id, String name, long areaId, String areaName, Long organisationId,
                            LocalDate since, LocalDate closedOn, long members) {
    }

    public record BoardRow(long id, String name, String subject, LocalDate since, LocalDate closedOn) {
    }

    public record OfficerRow(long id, String holderKind, long holderId, String holderName, String personName,
                             String position, LocalDate termFrom, LocalDate termTo) {
    }

    public record LinkRow(long id, String name, LocalDate effectiveDate) {
    }

    public Listing<UnitRow> page(String q, int page) {
        String text = q == null ? "" : q;
        var rows = bind(COLUMNS + FROM + "order by g.code, a.valid_from desc limit :limit offset :offset", text)
                .param("limit", Listing.SIZE).param("offset", page * Listing.SIZE).query(UnitRow.class).list();
        long total = bind("select count(*) " + FROM, text).query(Long.class).single();
        return new Listing<>(rows, page, Listing.SIZE, total);
    }

    public Optional<UnitRow> find(long id) {
        return jdbc.sql(COLUMNS + "from assoc_unit a join geography_unit_current g on g.unit_id = a.geo_unit_id "
                + "where a.id = :id").param("id", id).query(UnitRow.class).optional();
    }

    /** Open associations of communes, for the pickers of member forms. */
    public List<UnitRow> openCommuneAssociations() {
        return bind(COLUMNS + FROM + " and a.level = 'COMMUNE' and a.valid_to is null order by g.code", "")
                .query(UnitRow.class).list();
    }

    public List<BranchRow> branches(long unitId) {
        return jdbc.sql("""
                select b.id, b.name, b.area_id, g.name as area_name, b.organisation_id, b.since, b.closed_on,
                       (select count(*) from assoc_member_branch mb join assoc_member m on m.id = mb.member_id
                        where mb.branch_id = b.id and mb.valid_to is null and m.left_on is null) as members
                from assoc_branch b join geography_unit_current g on g.unit_id = b.area_id
                where b.assoc_unit_id = :u order by b.closed_on nulls first, g.code, b.name""")
                .param("u", unitId).query(BranchRow.class).list();
    }

    public List<BoardRow> boards(long unitId) {
        return jdbc.sql("""
                select b.id, b.name, coalesce(c.name, o.name) as subject, b.since, b.closed_on
                from assoc_board b left join registry_clan_name c on c.clan_id = b.clan_id
                left join registry_organisation_name o on o.organisation_id = b.organisation_id
                where b.assoc_unit_id = :u order by b.closed_on nulls first, b.name""")
                .param("u", unitId).query(BoardRow.class).list();
    }

    public List<OfficerRow> officers(long unitId) {
        return jdbc.sql("""
                select o.id, o.holder_kind, o.holder_id,
                       coalesce(u.name, b.name, d.name) as holder_name, p.full_name as person_name,
                       o.position, o.term_from, o.term_to
                from assoc_officer o
                left join assoc_unit u on o.holder_kind = 'UNIT' and u.id = o.holder_id
                left join assoc_branch b on o.holder_kind = 'BRANCH' and b.id = o.holder_id
                left join assoc_board d on o.holder_kind = 'BOARD' and d.id = o.holder_id
                left join registry_person_name p on p.person_id = o.person_id
                where (u.id = :u or b.assoc_unit_id = :u or d.assoc_unit_id = :u)
                order by o.term_to nulls first, o.holder_kind desc, o.position, o.term_from desc""")
                .param("u", unitId).query(OfficerRow.class).list();
    }

    public List<LinkRow> predecessors(long unitId) {
        return jdbc.sql("""
                select a.id, a.name, l.effective_date from assoc_unit_lineage l join assoc_unit a on a.id = l.predecessor_id
                where l.successor_id = :u order by a.name""").param("u", unitId).query(LinkRow.class).list();
    }

    public List<LinkRow> successors(long unitId) {
        return jdbc.sql("""
                select a.id, a.name, l.effective_date from assoc_unit_lineage l join assoc_unit a on a.id = l.successor_id
                where l.predecessor_id = :u order by a.name""").param("u", unitId).query(LinkRow.class).list();
    }

    private static final String COLUMNS = """
            select a.id, a.name, a.level, a.geo_unit_id, g.code as geo_code, g.name as geo_name, a.valid_from, a.valid_to,
                   (select count(*) from assoc_branch b where b.assoc_unit_id = a.id and b.closed_on is null) as branches,
                   (select count(*) from assoc_member m where m.assoc_unit_id = a.id and m.left_on is null) as members
            """;

    private JdbcClient.StatementSpec bind(String sql, String q) {
        String folded = Text.fold(q);
        return jdbc.sql(sql).param("prefixes", scope.prefixes()).param("q", folded)
                .param("pattern", "%" + Text.escapeLike(folded) + "%");
    }
}
