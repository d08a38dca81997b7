package vn.khuyenhoc.geography.unit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.shared.NotFound;

/** A unit's history: its versions and the units it came from and went into. */
@Component
class UnitHistory {

    private final JdbcClient jdbc;

    UnitHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Version(String code, String name, String kind, String typeName, Long parentId, String parentName,
                   LocalDate validFrom, LocalDate validTo) {
    }

    /** A lineage link seen from one side: the other unit, when and how. */
    record Link(long otherId, String otherCode, String otherName, LocalDate effectiveDate, String kind,
                BigDecimal share) {
    }

    record View(long unitId, List<Version> versions, List<Link> predecessors, List<Link> successors) {
        public Version latest() {
            return versions.get(versions.size() - 1);
        }
    }

    View of(long unitId) {
        var versions = jdbc.sql("""
                select v.code, v.name, v.kind, v.type_name, v.parent_id,
                       (select p.name from geo_unit_version p where p.unit_id = v.parent_id
                          and (p.valid_from is null or p.valid_from <= coalesce(v.valid_to, current_date))
                        order by p.valid_from desc nulls last limit 1) as parent_name,
                       v.valid_from, v.valid_to
                from geo_unit_version v where v.unit_id = :id
                order by v.valid_from nulls first""")
                .param("id", unitId).query(Version.class).list();
        if (versions.isEmpty()) {
            throw new NotFound("unit", unitId);
        }
        return new View(unitId, versions, links(unitId, "successor_id", "predecessor_id"),
                links(unitId, "predecessor_id", "successor_id"));
    }

    private List<Link> links(long unitId, String ownSide, String otherSide) {
        return jdbc.sql("""
                select l.%2$s as other_id, o.code as other_code, o.name as other_name, l.effective_date, l.kind, l.share
                from geo_lineage l
                join lateral (select code, name from geo_unit_version v where v.unit_id = l.%2$s
                              order by v.valid_from desc nulls last limit 1) o on true
                where l.%1$s = :id order by l.effective_date, o.code""".formatted(ownSide, otherSide))
                .param("id", unitId).query(Link.class).list();
    }
}
