package vn.khuyenhoc.geography;

/** The level of a unit: province, district (before 1 July 2025), commune, village. */
public enum UnitKind {
    PROVINCE, DISTRICT, COMMUNE, VILLAGE
}
