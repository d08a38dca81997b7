package vn.khuyenhoc.registry.common;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.khuyenhoc.shared.Text;

/**
 * Sorting and searching names. Vietnamese lists of people sort by the given name (the last word), then by the
 * whole name: "Trần Văn An" comes before "Nguyễn Thị Bình".
 */
public final class Names {

    /**
     * Given names repeat (a few hundred cover most people), and an import computes hundreds of thousands of keys:
     * their keys are kept. Bounded: a flood of odd names clears it rather than growing it.
     */
    private static final int GIVEN_KEYS_LIMIT = 20_000;
    private static final Map<String, byte[]> GIVEN_KEYS = new ConcurrentHashMap<>();

    private Names() {
    }

    /**
     * The given name's key, a zero separator, then the whole name's key. The collator ignores spaces, so a key of
     * "An Trần Văn An" would sort after "Ánh Nguyễn Thị Ánh" (a-n-t after a-n-h); the separator ends the given
     * name first, as a reader compares it.
     */
    public static byte[] personSortKey(String fullName) {
        String name = Text.normalise(fullName == null ? "" : fullName);
        String given = name.substring(name.lastIndexOf(' ') + 1);
        byte[] first = givenKey(given);
        byte[] whole = Text.sortKey(name);
        byte[] key = new byte[first.length + 2 + whole.length];
        System.arraycopy(first, 0, key, 0, first.length);
        System.arraycopy(whole, 0, key, first.length + 2, whole.length);
        return key;
    }

    private static byte[] givenKey(String given) {
        byte[] key = GIVEN_KEYS.get(given);
        if (key == null) {
            if (GIVEN_KEYS.size() >= GIVEN_KEYS_LIMIT) {
                GIVEN_KEYS.clear();
            }
            key = Text.sortKey(given);
            GIVEN_KEYS.put(given, key);
        }
        return key;
    }

    /** Names of clans, organisations and other things sort as written. */
    public static byte[] sortKey(String name) {
        return Text.sortKey(name);
    }
}
