package vn.khuyenhoc.registry.imports;

import static vn.khuyenhoc.registry.imports.Column.*;

import java.util.List;

/**
 * The sheets of the fixed import formats (brief of issue 3): the sheet's name (message
 * {@code registry.imports.sheet.<key>}) and its columns in the template's order.
 */
enum Layout {
    HOUSEHOLDS("households", List.of(VILLAGE_CODE, HOUSEHOLD_CODE, ADDRESS, PHONE, CLAN_CODE, SINCE)),
    MEMBERS("members", List.of(VILLAGE_CODE, HOUSEHOLD_CODE, FULL_NAME, BIRTH_YEAR, SEX, RELATION, SCHOOL_LEVEL,
            OCCUPATION, TARGET_GROUP)),
    HOUSEHOLDS_AND_MEMBERS("householdsAndMembers", List.of(VILLAGE_CODE, HOUSEHOLD_CODE, ADDRESS, PHONE, CLAN_CODE,
            SINCE, FULL_NAME, BIRTH_YEAR, SEX, RELATION, SCHOOL_LEVEL, OCCUPATION, TARGET_GROUP)),
    CLANS("clans", List.of(COMMUNE_CODE, CLAN_CODE, CLAN_NAME, REPRESENTATIVE, PHONE, HAS_BOARD, SINCE)),
    ORGANISATIONS("organisations", List.of(COMMUNE_CODE, ORGANISATION_CODE, ORGANISATION_NAME, ORGANISATION_KIND,
            MANAGING_LEVEL, STAFF_COUNT, ADDRESS, PHONE, SINCE)),
    CITIZENS("citizens", List.of(COMMUNE_CODE, ORGANISATION_CODE, VILLAGE_CODE, HOUSEHOLD_CODE, FULL_NAME, BIRTH_YEAR,
            SEX, TARGET_GROUP, POSITION));

    private final String key;
    private final List<Column> columns;

    Layout(String key, List<Column> columns) {
        this.key = key;
        this.columns = columns;
    }

    String messageKey() {
        return "registry.imports.sheet." + key;
    }

    List<Column> columns() {
        return columns;
    }

    /** The layouts of a kind's template, in sheet order (households: the two-sheet form). */
    static List<Layout> templateOf(ImportKind kind) {
        return switch (kind) {
            case HOUSEHOLDS -> List.of(HOUSEHOLDS, MEMBERS);
            case CLANS -> List.of(CLANS);
            case ORGANISATIONS -> List.of(ORGANISATIONS);
            case CITIZENS -> List.of(CITIZENS);
        };
    }
}
