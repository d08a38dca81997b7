package vn.khuyenhoc.geography.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.khuyenhoc.geography.UnitKind;

/**
 * Checks of a CSV file on its own, before it meets the map: no unit listed twice for overlapping days, and no
 * chain of parent codes that comes back to where it started.
 */
final class CsvChecks {

    private CsvChecks() {
    }

    /** The identity of a row's unit: its code at its level; a village's own-scheme code only within its commune. */
    static String key(UnitRecord record) {
        if (record.kind() != UnitKind.VILLAGE || systemVillageCode(record.code())) {
            return record.kind() + ":" + record.code();
        }
        return record.kind() + ":" + record.parentCode() + "/" + record.code();
    }

    /** Village codes the system gives ("22969-008") are unique on their own. */
    static boolean systemVillageCode(String code) {
        return code.matches("\\d{5}-\\d+");
    }

    static void rejectOverlaps(List<UnitRecord> records) {
        Map<String, List<UnitRecord>> byUnit = new LinkedHashMap<>();
        records.forEach(record -> byUnit.computeIfAbsent(key(record), k -> new ArrayList<>()).add(record));
        for (List<UnitRecord> rows : byUnit.values()) {
            for (int i = 1; i < rows.size(); i++) {
                for (UnitRecord earlier : rows.subList(0, i)) {
                    reject(rows.get(i), earlier);
                }
            }
        }
    }

    private static void reject(UnitRecord row, UnitRecord earlier) {
        if (row.range().equals(earlier.range())) {
            throw row.where().reject("duplicateCode", row.code(), earlier.where().resolvable());
        }
        if (row.range().overlaps(earlier.range())) {
            throw row.where().reject("overlap", row.code(), row.range().text(), earlier.where().resolvable(),
                    earlier.range().text());
        }
    }

    /** Follows parent codes through the rows of the file; a chain that returns to a code is a cycle. */
    static void rejectCycles(List<UnitRecord> records) {
        Map<String, UnitRecord> byCode = new HashMap<>();
        records.forEach(record -> byCode.putIfAbsent(record.code(), record));
        records.forEach(record -> follow(record, byCode::get));
    }

    private static void follow(UnitRecord start, Function<String, UnitRecord> rowOf) {
        var chain = new LinkedHashSet<String>();
        UnitRecord current = start;
        while (current != null) {
            if (!chain.add(current.code())) {
                throw start.where().reject("cycle", String.join(" → ", chain) + " → " + current.code());
            }
            current = current.parentCode() == null ? null : rowOf.apply(current.parentCode());
        }
    }
}
