package vn.khuyenhoc.statistics.figures;

/**
 * A unit's current version (or its last, if closed) looked up by its key, for a lateral join. The view
 * {@code geography_unit_current} gives the same row, but joined to a set of ids it works out every unit of the
 * country before the join picks the few it needs (tens of milliseconds on a national map).
 */
public final class CurrentUnit {

    private CurrentUnit() {
    }

    /** A subquery giving unit_id, name and kind of the unit the SQL expression names. */
    public static String of(String unitExpression) {
        return "select v.unit_id, v.name, v.kind from geography_unit_version v where v.unit_id = " + unitExpression
                + " and (v.valid_from is null or v.valid_from <= current_date)"
                + " order by v.valid_from desc nulls last limit 1";
    }
}
