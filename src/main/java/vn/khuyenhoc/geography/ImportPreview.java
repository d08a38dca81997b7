package vn.khuyenhoc.geography;

import java.util.List;

/**
 * What an import will do (or did, once committed): the counts, and the first {@value #ITEM_LIMIT} lines of
 * each list (the counts give the totals).
 *
 * @param setAside rows that cannot be placed, with their reason; links are kept for resolution by hand
 */
public record ImportPreview(long importId, ImportFormat format, String fileName, boolean committed, Counts counts,
                            List<Item> creations, List<Item> changes, List<Item> setAside) {

    public static final int ITEM_LIMIT = 200;

    /**
     * @param villagesMoved   villages given a new version under the commune their old one went into whole
     * @param villagesToPlace villages of a split commune put on the work list of the new communes
     */
    public record Counts(int created, int changed, int unchanged, int setAside, int villagesMoved,
                         int villagesToPlace) {
    }

    /**
     * One line of a list: where the file says it, which unit, and what happens (a message key with arguments).
     *
     * @param where a line number (CSV) or the path of the record (JSON)
     */
    public record Item(String where, String code, String name, String detailKey, List<String> arguments) {
    }
}
