package vn.khuyenhoc.geography;

/** The lists the map can be imported from (formats documented in docs/import-formats.md). */
public enum ImportFormat {
    /** The map before the reform (dvhcvn JSON: level1 → level2 → level3), valid until 30/06/2025. */
    UNITS_BEFORE_REFORM,
    /** The map after the reform (provinces with their "Wards"), valid from 01/07/2025. */
    UNITS_AFTER_REFORM,
    /** The old → new links of 1 July 2025 (dvhcvn 20250701 JSON). */
    LINEAGE_2025,
    /** Villages and local changes: CSV with code,name,kind,parent_code,valid_from,valid_to. */
    UNITS_CSV
}
