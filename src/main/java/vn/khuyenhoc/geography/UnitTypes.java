package vn.khuyenhoc.geography;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.khuyenhoc.shared.Text;

/**
 * The Vietnamese type names (loại đơn vị) a CSV may give as {@code kind}, and the level each stands for.
 * "Thành phố" is a province at the top and a district (thành phố thuộc tỉnh) under a province.
 */
public final class UnitTypes {

    static final String CITY = "Thành phố";
    private static final Map<String, UnitKind> KINDS = new LinkedHashMap<>();
    private static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        type(UnitKind.VILLAGE, "Thôn", "Khu phố", "Ấp", "Bản", "Tổ dân phố", "Xóm", "Làng", "Buôn", "Khóm", "Sóc", "Plei");
        type(UnitKind.COMMUNE, "Xã", "Phường", "Thị trấn", "Đặc khu");
        type(UnitKind.DISTRICT, "Huyện", "Quận", "Thị xã");
        type(UnitKind.PROVINCE, "Tỉnh", "Thành phố Trung ương");
    }

    private UnitTypes() {
    }

    /** The type names of a level, in their usual order ("Thôn", "Khu phố", "Ấp", …). */
    public static List<String> namesOf(UnitKind level) {
        return KINDS.entrySet().stream().filter(entry -> entry.getValue() == level)
                .map(entry -> NAMES.get(entry.getKey())).toList();
    }

    private static void type(UnitKind kind, String... names) {
        for (String name : names) {
            KINDS.put(Text.fold(name), kind);
            NAMES.put(Text.fold(name), name);
        }
    }

    /** What a CSV's kind column means: the level and the type name to store. */
    public record Type(UnitKind kind, String name) {
    }

    /**
     * The kind column as a type name ("Khu phố") or a level ("VILLAGE"); {@code hasParent} settles "Thành phố".
     * A bare level takes its type name from the unit's name ("Ấp 3" → "Ấp") or the level's usual one.
     */
    public static Optional<Type> of(String kind, String unitName, boolean hasParent) {
        String folded = Text.fold(kind);
        if (folded.equals(Text.fold(CITY))) {
            return Optional.of(new Type(hasParent ? UnitKind.DISTRICT : UnitKind.PROVINCE, CITY));
        }
        if (KINDS.containsKey(folded)) {
            return Optional.of(new Type(KINDS.get(folded), NAMES.get(folded)));
        }
        for (UnitKind level : UnitKind.values()) {
            if (level.name().equalsIgnoreCase(kind)) {
                return Optional.of(new Type(level, typeFromName(level, unitName)));
            }
        }
        return Optional.empty();
    }

    private static String typeFromName(UnitKind level, String unitName) {
        String folded = Text.fold(unitName);
        if (level != UnitKind.COMMUNE && level != UnitKind.VILLAGE && folded.startsWith(Text.fold(CITY) + " ")) {
            return CITY;
        }
        String best = null;
        for (var entry : KINDS.entrySet()) {
            if (entry.getValue() == level && folded.startsWith(entry.getKey() + " ")
                    && (best == null || entry.getKey().length() > best.length())) {
                best = entry.getKey();
            }
        }
        if (best != null) {
            return NAMES.get(best);
        }
        return switch (level) {
            case PROVINCE -> "Tỉnh";
            case DISTRICT -> "Huyện";
            case COMMUNE -> "Xã";
            case VILLAGE -> "Thôn";
        };
    }
}
