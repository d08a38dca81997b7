package vn.khuyenhoc.geography.village;

import java.util.List;

/** The kinds of village-level community (not administrative units, but where households are organised). */
final class VillageTypes {

    static final List<String> ALL = List.of("Thôn", "Khu phố", "Ấp", "Bản", "Tổ dân phố", "Làng", "Buôn", "Phum", "Sóc");

    private VillageTypes() {
    }
}
