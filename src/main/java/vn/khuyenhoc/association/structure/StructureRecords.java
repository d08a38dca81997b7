package vn.khuyenhoc.association.structure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.shared.Text;

/** Writes and look-ups of association units, branches, boards and officers for the module's API. */
@Component
public class StructureRecords {

    private final JdbcClient jdbc;

    StructureRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An association unit as the API needs it. */
    public record Unit(long id, long geoUnitId, String level, String name, LocalDate validFrom, LocalDate validTo) {
    }

    /** A branch; {@code areaId} is its village, or its organisation's commune. */
    public record Branch(long id, long assocUnitId, Long villageId, Long organisationId, long areaId, String name,
                         LocalDate since, LocalDate closedOn) {
    }

    public Optional<Unit> unit(long id) {
        return jdbc.sql("select id, geo_unit_id, level, name, valid_from, valid_to from assoc_unit where id = :id")
                .param("id", id).query(Unit.class).optional();
    }

    /** The association of the geography unit on the day. */
    public Optional<Unit> unitOf(long geoUnitId, LocalDate on) {
        return jdbc.sql("""
                select id, geo_unit_id, level, name, valid_from, valid_to from assoc_unit
                where geo_unit_id = :geo and valid_from <= :on and (valid_to is null or valid_to >= :on)""")
                .param("geo", geoUnitId).param("on", on).query(Unit.class).optional();
    }

    public long insertUnit(long geoUnitId, String level, String name, LocalDate from) {
        return jdbc.sql("""
                insert into assoc_unit (geo_unit_id, level, name, valid_from) values (:geo, :level, :name, :from)
                returning id""").param("geo", geoUnitId).param("level", level).param("name", name)
                .param("from", from).query(Long.class).single();
    }

    public void closeUnit(long id, LocalDate lastDay) {
        jdbc.sql("update assoc_unit set valid_to = :to, version = version + 1 where id = :id")
                .param("to", lastDay).param("id", id).update();
    }

    public void link(long predecessorId, long successorId, LocalDate effective) {
        jdbc.sql("""
                insert into assoc_unit_lineage (predecessor_id, successor_id, effective_date)
                values (:p, :s, :on) on conflict do nothing""")
                .param("p", predecessorId).param("s", successorId).param("on", effective).update();
    }

    /** Moves the open branches and boards and the current members of one association to another. */
    public List<Long> moveOpenBranches(long fromUnitId, long toUnitId) {
        var moved = jdbc.sql("""
                update assoc_branch set assoc_unit_id = :to, version = version + 1
                where assoc_unit_id = :from and closed_on is null returning id""")
                .param("from", fromUnitId).param("to", toUnitId).query(Long.class).list();
        jdbc.sql("update assoc_board set assoc_unit_id = :to where assoc_unit_id = :from and closed_on is null")
                .param("from", fromUnitId).param("to", toUnitId).update();
        return moved;
    }

    public Optional<Branch> branch(long id) {
        return jdbc.sql("""
                select id, assoc_unit_id, village_id, organisation_id, area_id, name, since, closed_on
                from assoc_branch where id = :id""").param("id", id).query(Branch.class).optional();
    }

    public long insertBranch(long unitId, Long villageId, Long organisationId, long areaId, String name,
                             LocalDate since) {
        return jdbc.sql("""
                insert into assoc_branch (assoc_unit_id, village_id, organisation_id, area_id, name, name_folded, since)
                values (:unit, :village, :organisation, :area, :name, :folded, :since) returning id""")
                .param("unit", unitId).param("village", villageId).param("organisation", organisationId)
                .param("area", areaId).param("name", name).param("folded", Text.fold(name)).param("since", since)
                .query(Long.class).single();
    }

    public void closeBranch(long id, LocalDate on) {
        jdbc.sql("update assoc_branch set closed_on = :on, version = version + 1 where id = :id")
                .param("on", on).param("id", id).update();
    }

    public long insertBoard(long unitId, Long clanId, Long organisationId, long communeId, String name,
                            LocalDate since) {
        return jdbc.sql("""
                insert into assoc_board (assoc_unit_id, clan_id, organisation_id, commune_id, name, since)
                values (:unit, :clan, :organisation, :commune, :name, :since) returning id""")
                .param("unit", unitId).param("clan", clanId).param("organisation", organisationId)
                .param("commune", communeId).param("name", name).param("since", since).query(Long.class).single();
    }

    /** The commune of a board (for the guard); empty when there is no such board. */
    public Optional<Long> boardCommune(long boardId) {
        return jdbc.sql("select commune_id from assoc_board where id = :id").param("id", boardId)
                .query(Long.class).optional();
    }

    /** The commune of a registry clan or organisation, through the registry's published views. */
    public Optional<Long> communeOfClan(long clanId) {
        return jdbc.sql("select commune_id from registry_clan_name where clan_id = :id and closed_on is null")
                .param("id", clanId).query(Long.class).optional();
    }

    public Optional<Long> communeOfOrganisation(long organisationId) {
        return jdbc.sql("""
                select commune_id from registry_organisation_name where organisation_id = :id and closed_on is null""")
                .param("id", organisationId).query(Long.class).optional();
    }

    public long insertOfficer(String holderKind, long holderId, long personId, String position, LocalDate from,
                              LocalDate to) {
        return jdbc.sql("""
                insert into assoc_officer (holder_kind, holder_id, person_id, position, term_from, term_to)
                values (:kind, :holder, :person, :position, :from, :to) returning id""")
                .param("kind", holderKind).param("holder", holderId).param("person", personId)
                .param("position", position).param("from", from).param("to", to).query(Long.class).single();
    }

    /** The code of the association's unit today ("22969"), the prefix of its card numbers. */
    public String unitCode(long unitId) {
        return jdbc.sql("""
                select g.code from assoc_unit a join geography_unit_current g on g.unit_id = a.geo_unit_id
                where a.id = :id""").param("id", unitId).query(String.class).single();
    }

    /** Predecessor geography units merged into the successor on the day, per geography's lineage. */
    public List<Long> mergedInto(long successorGeoUnitId, LocalDate effective) {
        return jdbc.sql("""
                select predecessor_id from geography_lineage
                where successor_id = :s and effective_date = :on and kind = 'MERGE' order by predecessor_id""")
                .param("s", successorGeoUnitId).param("on", effective).query(Long.class).list();
    }
}
