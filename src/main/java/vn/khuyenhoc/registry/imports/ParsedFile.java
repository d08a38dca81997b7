package vn.khuyenhoc.registry.imports;

import java.util.List;
import java.util.Map;

/**
 * What the parser made of a file before any lookup in the database: its records keyed by code, the problems
 * found in the file itself, how many cells were normalised and how many rows were read.
 */
record ParsedFile(ImportKind kind, Map<String, HouseholdLine> households, List<RecordLine> records,
                  List<CitizenLine> citizens, Problems problems, int normalised, int rows) {
}
