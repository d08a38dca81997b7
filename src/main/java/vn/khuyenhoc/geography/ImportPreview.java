package vn.khuyenhoc.geography;

import java.util.List;

/**
 * What an import will do (or did, once committed).
 *
 * @param setAside rows that cannot be placed, with their reason; they are kept for resolution by hand
 */
public record ImportPreview(long importId, ImportFormat format, String fileName, boolean committed,
                            int created, int changed, int unchanged, List<Item> changes, List<Item> setAside) {

    /** One line of the preview: what happens to which code, and why (a message key with arguments). */
    public record Item(int line, String code, String name, String action, String reasonKey, List<String> arguments) {
    }
}
