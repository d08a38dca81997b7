package vn.khuyenhoc.registry.common;

import vn.khuyenhoc.shared.Text;

/**
 * Sorting and searching names. Vietnamese lists of people sort by the given name (the last word), then by the
 * whole name: "Trần Văn An" comes before "Nguyễn Thị Bình".
 */
public final class Names {

    private Names() {
    }

    public static byte[] personSortKey(String fullName) {
        String name = Text.normalise(fullName == null ? "" : fullName);
        int space = name.lastIndexOf(' ');
        String givenFirst = space < 0 ? name : name.substring(space + 1) + " " + name;
        return Text.sortKey(givenFirst);
    }

    /** Names of clans, organisations and other things sort as written. */
    public static byte[] sortKey(String name) {
        return Text.sortKey(name);
    }
}
