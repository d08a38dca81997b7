package vn.khuyenhoc.geography.imports;

import vn.khuyenhoc.geography.UnitKind;

/**
 * One unit as a file states it, over the range of days the file describes.
 *
 * @param parentKind the parent's kind when the format says it; null for CSV, where the planner finds it
 */
record UnitRecord(Where where, String code, String name, UnitKind kind, String typeName, String parentCode,
                  UnitKind parentKind, DateRange range) {
}
