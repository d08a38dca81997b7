package vn.khuyenhoc.geography.imports;

import java.util.List;
import vn.khuyenhoc.geography.UnitKind;

/** One old unit of the lineage file and the new units (by code) it went into. */
record LinkRecord(Where where, UnitKind kind, String oldCode, String oldName, List<String> targets) {
}
