package vn.khuyenhoc.geography.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.khuyenhoc.geography.ImportFormat;
import vn.khuyenhoc.geography.ImportPreview;
import vn.khuyenhoc.geography.LineageKind;
import vn.khuyenhoc.geography.UnitKind;

/**
 * Everything an import (or a link made by hand) will write, computed without writing, plus what the preview
 * shows. Units created by the plan carry temporary negative ids until {@link PlanWriter} gives them real ones.
 */
record ImportPlan(int newUnits, List<VersionRow> versionUpdates, List<VersionRow> newVersions,
                  List<LinkRow> newLinks, List<LinkRow> linkUpdates, List<SetAsideRow> setAsides,
                  List<PlacementRow> placements, ImportPreview.Counts counts, List<ImportPreview.Item> creations,
                  List<ImportPreview.Item> changes, List<ImportPreview.Item> setAsideItems) {

    /** A version to insert ({@code versionId} null) or the new state of a stored one. */
    record VersionRow(Long versionId, long unitId, String code, String name, UnitKind kind, String typeName,
                      Long parentId, DateRange range) {

        VersionRow withParent(Long parent) {
            return new VersionRow(versionId, unitId, code, name, kind, typeName, parent, range);
        }

        VersionRow withRange(Long id, DateRange newRange) {
            return new VersionRow(id, unitId, code, name, kind, typeName, parentId, newRange);
        }
    }

    /** A lineage link to insert ({@code linkId} null) or whose kind changes. */
    record LinkRow(Long linkId, long predecessorId, long successorId, LocalDate effectiveDate, LineageKind kind,
                   BigDecimal share, String note) {
    }

    record SetAsideRow(String reason, Long unitId, String code, String name, String missingCode,
                       LocalDate effectiveDate) {
    }

    record PlacementRow(long villageId, long fromUnitId, LocalDate effectiveDate) {
    }

    ImportPreview preview(long importId, ImportFormat format, String fileName, boolean committed) {
        return new ImportPreview(importId, format, fileName, committed, counts, creations, changes, setAsideItems);
    }
}
