package vn.khuyenhoc.registry.imports;

/**
 * A column of the fixed import formats. Its header is the message {@code registry.imports.column.<key>}; the
 * reader accepts it in Vietnamese, without diacritics, or in English.
 */
enum Column {
    VILLAGE_CODE("villageCode"), HOUSEHOLD_CODE("householdCode"), ADDRESS("address"), PHONE("phone"),
    CLAN_CODE("clanCode"), SINCE("since"), FULL_NAME("fullName"), BIRTH_YEAR("birthYear"), SEX("sex"),
    RELATION("relation"), SCHOOL_LEVEL("schoolLevel"), OCCUPATION("occupation"), TARGET_GROUP("targetGroup"),
    COMMUNE_CODE("communeCode"), CLAN_NAME("clanName"), REPRESENTATIVE("representative"), HAS_BOARD("hasBoard"),
    ORGANISATION_CODE("organisationCode"), ORGANISATION_NAME("organisationName"),
    ORGANISATION_KIND("organisationKind"), MANAGING_LEVEL("managingLevel"), STAFF_COUNT("staffCount"),
    POSITION("position");

    private final String key;

    Column(String key) {
        this.key = key;
    }

    String messageKey() {
        return "registry.imports.column." + key;
    }
}
