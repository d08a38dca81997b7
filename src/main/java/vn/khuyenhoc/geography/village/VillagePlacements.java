package vn.khuyenhoc.geography.village;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.geography.MapChanged;
import vn.khuyenhoc.geography.unit.UnitScopes;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.NotFound;

/**
 * The work list of villages whose commune was split: the officers of every commune that received part of it
 * see each village (its scope paths lie under every successor) and place it into their own commune.
 */
@Service
class VillagePlacements {

    private final JdbcClient jdbc;
    private final VillageRecords records;
    private final AreaGuard guard;
    private final UnitScopes scopes;
    private final ApplicationEventPublisher events;

    VillagePlacements(JdbcClient jdbc, VillageRecords records, AreaGuard guard, UnitScopes scopes,
                      ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.records = records;
        this.guard = guard;
        this.scopes = scopes;
        this.events = events;
    }

    record Candidate(long unitId, String code, String name) {
    }

    record Pending(long villageId, String code, String name, long fromUnitId, String fromName,
                   LocalDate effectiveDate, List<Candidate> candidates) {
    }

    private record Row(long villageId, String code, String name, long fromUnitId, String fromName, LocalDate effectiveDate) {
    }

    /** The open placements in the user's area, each with the new communes the user may place it into. */
    List<Pending> pending(List<String> scope) {
        var rows = jdbc.sql("""
                select p.village_id, v.code, v.name, p.from_unit_id, f.name as from_name, p.effective_date
                from geo_village_placement p
                join geography_unit_current v on v.unit_id = p.village_id
                join geography_unit_current f on f.unit_id = p.from_unit_id
                where p.placed_at is null and exists (select 1 from geo_unit_scope s
                      where s.unit_id = p.village_id and s.path like any (:prefixes))
                order by f.name, v.code""")
                .param("prefixes", AreaGuard.likePrefixes(scope))
                .query(Row.class).list();
        // the villages of one split commune share their candidates: look them up once per commune
        var candidatesByCommune = new HashMap<Long, List<Candidate>>();
        return rows.stream().map(r -> new Pending(r.villageId(), r.code(), r.name(), r.fromUnitId(), r.fromName(),
                r.effectiveDate(), candidatesByCommune.computeIfAbsent(r.fromUnitId(), this::candidates))).toList();
    }

    private List<Candidate> candidates(long fromUnitId) {
        return jdbc.sql("""
                select l.successor_id as unit_id, c.code, c.name from geo_lineage l
                join geography_unit_current c on c.unit_id = l.successor_id
                where l.predecessor_id = :from order by c.code""")
                .param("from", fromUnitId).query(Candidate.class).list().stream()
                .filter(c -> guard.canWrite(c.unitId())).toList();
    }

    @Transactional
    void place(long villageId, long communeId) {
        guard.requireWrite(villageId);
        guard.requireWrite(communeId);
        var placement = jdbc.sql("""
                select from_unit_id, effective_date from geo_village_placement
                where village_id = :village and placed_at is null""")
                .param("village", villageId)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getDate(2).toLocalDate())).optional()
                .orElseThrow(() -> new NotFound("placement", villageId));
        long from = placement.getKey();
        LocalDate date = placement.getValue();
        if (candidates(from).stream().noneMatch(c -> c.unitId() == communeId)) {
            throw new InvalidInput("geography.placement.notASuccessor");
        }
        var before = records.versionOn(villageId, date.minusDays(1)).orElseThrow(() -> new NotFound("unit", villageId));
        if (before.validTo() != null && !before.validTo().isAfter(date.minusDays(1))) {
            throw new InvalidInput("geography.placement.alreadyChanged");
        }
        records.close(before.id(), date.minusDays(1));
        records.insertVersion(villageId, before.code(), before.name(), before.typeName(), communeId, date, null);
        jdbc.sql("""
                update geo_village_placement set placed_in = :commune, placed_at = now(), placed_by = :by
                where village_id = :village and placed_at is null""")
                .param("commune", communeId).param("by", guard.requireUser().id()).param("village", villageId).update();
        scopes.placeLeaf(villageId, communeId);
        events.publishEvent(MapChanged.single("unit", villageId, "place", communeId,
                Map.of("parent", from), Map.of("parent", communeId, "from", date.toString())));
    }
}
