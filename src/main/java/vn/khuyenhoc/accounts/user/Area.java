package vn.khuyenhoc.accounts.user;

import java.io.Serializable;

/** A unit as an account's area, read from the geography module's public views; {@code parentName} tells apart
 * the many "Ấp 1". */
record Area(long unitId, String code, String name, String kind, String parentName) implements Serializable {

    /** How the area picker and the lists show it: "Ấp 1 · Xã Nhà Bè". */
    public String label() {
        return parentName == null ? name : name + " · " + parentName;
    }
}
