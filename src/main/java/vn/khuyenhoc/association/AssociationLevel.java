package vn.khuyenhoc.association;

import vn.khuyenhoc.geography.UnitKind;

/** The level of an association unit, matching the kind of its geography unit; districts only before 1/7/2025. */
public enum AssociationLevel {
    PROVINCE, DISTRICT, COMMUNE;

    public UnitKind unitKind() {
        return UnitKind.valueOf(name());
    }
}
