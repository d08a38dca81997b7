package vn.khuyenhoc.geography.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.geography.LineageKind;
import vn.khuyenhoc.geography.UnitKind;
import vn.khuyenhoc.geography.imports.ImportPlan.LinkRow;
import vn.khuyenhoc.geography.imports.MapIndex.Version;
import vn.khuyenhoc.shared.InvalidInput;

/**
 * Records one lineage link by hand (a set-aside item resolved, or an earlier local change entered), through
 * the same plan and writer as the import, so that villages follow their commune in the same way: moved when
 * the old commune went whole into the new one, put on the work list when it was split.
 */
@Component
public class LinkRecorder {

    /** The links of two units on a day, with what classifies each: targets, predecessors, renamed. */
    private static final String LINKS_TO_CLASSIFY = """
            select l.id, l.predecessor_id, l.successor_id, l.kind, l.share, l.note,
                   (select count(*) from geo_lineage x where x.predecessor_id = l.predecessor_id
                      and x.effective_date = l.effective_date)
                   + (select count(*) from geo_unit_version v where v.unit_id = l.predecessor_id
                      and (v.valid_from is null or v.valid_from <= :on) and (v.valid_to is null or v.valid_to >= :on))
                     as targets,
                   (select count(*) from geo_lineage x where x.successor_id = l.successor_id
                      and x.effective_date = l.effective_date)
                   + (select count(*) from geo_unit_version v where v.unit_id = l.successor_id
                      and (v.valid_from is null or v.valid_from <= :before) and (v.valid_to is null or v.valid_to >= :before))
                     as predecessors,
                   (select name from geo_unit_version v where v.unit_id = l.predecessor_id
                      and (v.valid_from is null or v.valid_from <= :before) and (v.valid_to is null or v.valid_to >= :before))
                   is distinct from
                   (select name from geo_unit_version v where v.unit_id = l.successor_id
                      and (v.valid_from is null or v.valid_from <= :on) and (v.valid_to is null or v.valid_to >= :on))
                     as renamed
            from geo_lineage l
            where l.effective_date = :on and (l.predecessor_id = :p or l.successor_id = :s)""";
    private final JdbcClient jdbc;
    private final VillageMoves villages;
    private final PlanWriter writer;

    LinkRecorder(JdbcClient jdbc, VillageMoves villages, PlanWriter writer) {
        this.jdbc = jdbc;
        this.villages = villages;
        this.writer = writer;
    }

    /** What was recorded: the link's id and kind, and every unit touched (the two units, moved villages). */
    public record Recorded(long linkId, LineageKind kind, String predecessorCode, String successorCode,
                           List<Long> affectedIds) {

        /** Language-neutral, as kept in the resolution of a set-aside item: "06970 → 06978 (MERGE)". */
        public String description() {
            return predecessorCode + " → " + successorCode + " (" + kind + ")";
        }
    }

    /**
     * Records the link. With {@code kind} null the kind follows the shape of the change as in the import (and
     * the other links of the two units on that day are classified again); otherwise it is the one given.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Recorded record(long predecessor, long successor, LocalDate effective, LineageKind kind, BigDecimal share,
                           String note) {
        if (predecessor == successor) {
            throw new InvalidInput("geography.lineage.sameUnit");
        }
        Version before = validOn(predecessor, effective.minusDays(1), "geography.lineage.notValidBefore");
        Version after = validOn(successor, effective, "geography.lineage.notValidOn");
        if (count("predecessor_id = :p and successor_id = :s", predecessor, successor, effective) > 0) {
            throw new InvalidInput("geography.lineage.exists", before.code(), after.code());
        }
        var plan = new PlanBuilder();
        plan.link(new LinkRow(null, predecessor, successor, effective, kind != null ? kind : LineageKind.TRANSFER,
                share, note));
        followVillages(before, after, effective, plan);
        var touched = new ArrayList<>(writer.write(plan.build(), null));
        if (kind == null) {
            touched.addAll(writer.write(reclassify(predecessor, successor, effective), null));
        }
        return jdbc.sql("""
                select id, kind from geo_lineage where predecessor_id = :p and successor_id = :s and effective_date = :on""")
                .param("p", predecessor).param("s", successor).param("on", effective)
                .query((rs, n) -> new Recorded(rs.getLong("id"), LineageKind.valueOf(rs.getString("kind")), before.code(),
                        after.code(), touched.stream().distinct().toList()))
                .single();
    }

    /** As in the import: a commune gone whole into this one moves its villages; a split one lists them. */
    private void followVillages(Version before, Version after, LocalDate effective, PlanBuilder plan) {
        if (before.kind() != UnitKind.COMMUNE) {
            return;
        }
        boolean livesOn = alive(before.unitId(), effective);
        int targets = count("predecessor_id = :p", before.unitId(), after.unitId(), effective) + 1 + (livesOn ? 1 : 0);
        if (targets > 1) {
            villages.plan(Map.of(), Set.of(before.unitId()), effective, plan);
        } else if (!livesOn) {
            villages.plan(Map.of(before.unitId(), after), Set.of(), effective, plan);
        }
    }

    /** Classifies again every link of the two units on that day, counting a unit that lives on as its own. */
    private ImportPlan reclassify(long predecessor, long successor, LocalDate effective) {
        var plan = new PlanBuilder();
        jdbc.sql(LINKS_TO_CLASSIFY)
                .param("on", effective).param("before", effective.minusDays(1))
                .param("p", predecessor).param("s", successor)
                .query(rs -> {
                    LineageKind kind = LineageRules.classify(rs.getInt("targets"), rs.getInt("predecessors"),
                            rs.getBoolean("renamed"));
                    if (!kind.name().equals(rs.getString("kind"))) {
                        plan.link(new LinkRow(rs.getLong("id"), rs.getLong("predecessor_id"),
                                rs.getLong("successor_id"), effective, kind, rs.getBigDecimal("share"),
                                rs.getString("note")));
                    }
                });
        return plan.build();
    }

    private Version validOn(long unit, LocalDate day, String problem) {
        return jdbc.sql("""
                select id, unit_id, code, name, kind, type_name, parent_id, valid_from, valid_to from geo_unit_version
                where unit_id = :unit and (valid_from is null or valid_from <= :day) and (valid_to is null or valid_to >= :day)""")
                .param("unit", unit).param("day", day)
                .query((rs, n) -> new Version(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("code"),
                        rs.getString("name"), UnitKind.valueOf(rs.getString("kind")), rs.getString("type_name"),
                        (Long) rs.getObject("parent_id"), new DateRange(rs.getObject("valid_from", LocalDate.class),
                        rs.getObject("valid_to", LocalDate.class))))
                .optional().orElseThrow(() -> new InvalidInput(problem, String.valueOf(unit), new DateRange(day, day).text()));
    }

    private boolean alive(long unit, LocalDate day) {
        return jdbc.sql("""
                select exists (select 1 from geo_unit_version where unit_id = :unit
                  and (valid_from is null or valid_from <= :day) and (valid_to is null or valid_to >= :day))""")
                .param("unit", unit).param("day", day).query(Boolean.class).single();
    }

    private int count(String condition, long predecessor, long successor, LocalDate effective) {
        return jdbc.sql("select count(*) from geo_lineage where effective_date = :on and " + condition)
                .param("on", effective).param("p", predecessor).param("s", successor).query(Integer.class).single();
    }
}
