package vn.khuyenhoc.geography.imports;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.geography.imports.ImportPlan.LinkRow;
import vn.khuyenhoc.geography.imports.ImportPlan.VersionRow;
import vn.khuyenhoc.shared.Text;

/**
 * Writes a plan in a handful of statements, whatever its size: each kind of row goes as arrays through
 * {@code unnest}. Shortened versions are written before new ones, so the rule that versions of a unit never
 * overlap holds after every statement.
 */
@Component
class PlanWriter {

    private final JdbcClient jdbc;

    PlanWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the plan; returns the ids of every unit it touched. */
    @Transactional(propagation = Propagation.MANDATORY)
    Set<Long> write(ImportPlan plan, Long importId) {
        Map<Long, Long> ids = allocate(plan.newUnits());
        Function<Long, Long> id = value -> value == null || value > 0 ? value : ids.get(value);
        var touched = new LinkedHashSet<Long>();
        updateVersions(plan.versionUpdates(), id, touched);
        insertVersions(plan.newVersions(), id, touched);
        insertLinks(plan.newLinks(), touched);
        updateLinks(plan.linkUpdates(), touched);
        insertSetAsides(plan, importId);
        insertPlacements(plan, touched);
        return touched;
    }

    private Map<Long, Long> allocate(int count) {
        var ids = new HashMap<Long, Long>();
        if (count == 0) {
            return ids;
        }
        List<Long> allocated = jdbc.sql("""
                insert into geo_unit (id)
                select nextval(pg_get_serial_sequence('geo_unit', 'id')) from generate_series(1, :count)
                returning id""")
                .param("count", count).query(Long.class).list();
        for (int i = 0; i < count; i++) {
            ids.put(-(i + 1L), allocated.get(i));
        }
        return ids;
    }

    private void updateVersions(List<VersionRow> rows, Function<Long, Long> id, Set<Long> touched) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.sql("""
                update geo_unit_version v
                set name = u.name, kind = u.kind, type_name = u.type_name, parent_id = u.parent_id,
                    valid_from = u.valid_from, valid_to = u.valid_to, name_folded = u.name_folded
                from unnest(cast(:ids as bigint[]), cast(:names as text[]), cast(:kinds as text[]),
                            cast(:types as text[]), cast(:parents as bigint[]), cast(:froms as date[]),
                            cast(:tos as date[]), cast(:folded as text[]))
                     as u(id, name, kind, type_name, parent_id, valid_from, valid_to, name_folded)
                where v.id = u.id""")
                .param("ids", rows.stream().map(VersionRow::versionId).toArray(Long[]::new))
                .params(versionColumns(rows, id))
                .update();
        rows.forEach(row -> touched.add(id.apply(row.unitId())));
    }

    private void insertVersions(List<VersionRow> rows, Function<Long, Long> id, Set<Long> touched) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into geo_unit_version (unit_id, code, name, kind, type_name, parent_id, valid_from, valid_to,
                                              name_folded)
                select * from unnest(cast(:units as bigint[]), cast(:codes as text[]), cast(:names as text[]),
                                     cast(:kinds as text[]), cast(:types as text[]), cast(:parents as bigint[]),
                                     cast(:froms as date[]), cast(:tos as date[]), cast(:folded as text[]))""")
                .param("units", rows.stream().map(row -> id.apply(row.unitId())).toArray(Long[]::new))
                .param("codes", column(rows, VersionRow::code))
                .params(versionColumns(rows, id))
                .update();
        rows.forEach(row -> touched.add(id.apply(row.unitId())));
    }

    private static Map<String, Object> versionColumns(List<VersionRow> rows, Function<Long, Long> id) {
        return Map.of("names", column(rows, VersionRow::name),
                "kinds", column(rows, row -> row.kind().name()),
                "types", column(rows, VersionRow::typeName),
                "parents", rows.stream().map(row -> id.apply(row.parentId())).toArray(Long[]::new),
                "froms", column(rows, row -> text(row.range().from())),
                "tos", column(rows, row -> text(row.range().to())),
                "folded", column(rows, row -> Text.fold(row.name())));
    }

    private void insertLinks(List<LinkRow> rows, Set<Long> touched) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into geo_lineage (predecessor_id, successor_id, effective_date, kind, share, note)
                select * from unnest(cast(:predecessors as bigint[]), cast(:successors as bigint[]),
                                     cast(:dates as date[]), cast(:kinds as text[]), cast(:shares as numeric[]),
                                     cast(:notes as text[]))""")
                .param("predecessors", rows.stream().map(LinkRow::predecessorId).toArray(Long[]::new))
                .param("successors", rows.stream().map(LinkRow::successorId).toArray(Long[]::new))
                .param("dates", column(rows, row -> text(row.effectiveDate())))
                .param("kinds", column(rows, row -> row.kind().name()))
                .param("shares", column(rows, row -> row.share() == null ? null : row.share().toPlainString()))
                .param("notes", column(rows, LinkRow::note))
                .update();
        rows.forEach(row -> {
            touched.add(row.predecessorId());
            touched.add(row.successorId());
        });
    }

    private void updateLinks(List<LinkRow> rows, Set<Long> touched) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.sql("""
                update geo_lineage l set kind = u.kind
                from unnest(cast(:ids as bigint[]), cast(:kinds as text[])) as u(id, kind) where l.id = u.id""")
                .param("ids", rows.stream().map(LinkRow::linkId).toArray(Long[]::new))
                .param("kinds", column(rows, row -> row.kind().name()))
                .update();
        rows.forEach(row -> {
            touched.add(row.predecessorId());
            touched.add(row.successorId());
        });
    }

    private void insertSetAsides(ImportPlan plan, Long importId) {
        var rows = plan.setAsides();
        if (rows.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into geo_set_aside (import_id, reason, unit_id, code, name, missing_code, effective_date)
                select :import, * from unnest(cast(:reasons as text[]), cast(:units as bigint[]),
                                              cast(:codes as text[]), cast(:names as text[]),
                                              cast(:missing as text[]), cast(:dates as date[]))
                on conflict do nothing""")
                .param("import", importId)
                .param("reasons", column(rows, ImportPlan.SetAsideRow::reason))
                .param("units", rows.stream().map(ImportPlan.SetAsideRow::unitId).toArray(Long[]::new))
                .param("codes", column(rows, ImportPlan.SetAsideRow::code))
                .param("names", column(rows, ImportPlan.SetAsideRow::name))
                .param("missing", column(rows, ImportPlan.SetAsideRow::missingCode))
                .param("dates", column(rows, row -> text(row.effectiveDate())))
                .update();
    }

    private void insertPlacements(ImportPlan plan, Set<Long> touched) {
        var rows = plan.placements();
        if (rows.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into geo_village_placement (village_id, from_unit_id, effective_date)
                select * from unnest(cast(:villages as bigint[]), cast(:froms as bigint[]), cast(:dates as date[]))
                on conflict do nothing""")
                .param("villages", rows.stream().map(ImportPlan.PlacementRow::villageId).toArray(Long[]::new))
                .param("froms", rows.stream().map(ImportPlan.PlacementRow::fromUnitId).toArray(Long[]::new))
                .param("dates", column(rows, row -> text(row.effectiveDate())))
                .update();
        rows.forEach(row -> touched.add(row.villageId()));
    }

    private static <T> String[] column(List<T> rows, Function<T, String> value) {
        return rows.stream().map(value).toArray(String[]::new);
    }

    private static String text(LocalDate day) {
        return day == null ? null : day.toString();
    }
}
