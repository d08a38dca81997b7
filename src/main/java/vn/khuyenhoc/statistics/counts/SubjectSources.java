package vn.khuyenhoc.statistics.counts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The denominators of each title, read from the registry's and geography's published views, as SQL giving rows
 * (unit_id, title, subjects) for :year on the registry's reference day (ADR 0006). The unit is the one the
 * subject is recorded in: a household's village, a clan's or organisation's commune, a village, commune or
 * province itself.
 */
final class SubjectSources {

    private static final Map<String, String> BY_TITLE = new LinkedHashMap<>();

    static {
        BY_TITLE.put("GIA_DINH", "select village_id as unit_id, 'GIA_DINH' as title, households as subjects "
                + "from registry_household_count_by_year where year = :year and %s");
        BY_TITLE.put("DONG_HO", "select commune_id as unit_id, 'DONG_HO' as title, clans as subjects "
                + "from registry_clan_count_by_year "
                + "where year = :year and %s");
        BY_TITLE.put("DON_VI_XA", organisations("DON_VI_XA", "="));
        BY_TITLE.put("DON_VI_HUYEN_TINH", organisations("DON_VI_HUYEN_TINH", "<>"));
        BY_TITLE.put("CONG_DAN", "select unit_id, 'CONG_DAN' as title, citizens as subjects from registry_citizen_count_by_year "
                + "where year = :year and %s");
        BY_TITLE.put("CONG_DONG_THON", units("VILLAGE", "CONG_DONG_THON"));
        BY_TITLE.put("CONG_DONG_XA", units("COMMUNE", "CONG_DONG_XA"));
        BY_TITLE.put("CONG_DONG_TINH", units("PROVINCE", "CONG_DONG_TINH"));
    }

    // A recompute reads a whole year: the registry's functions for one bound day scan the residences in parallel
    // where its views evaluate the reference day per residence (ADR 0023). Single units keep the views.
    private static final String HOUSEHOLDS_ON = "select village_id as unit_id, 'GIA_DINH' as title, "
            + "households as subjects from registry_household_count_on(cast(:day as date))";

    private static final Map<String, String> UNIT_COLUMN = Map.of("GIA_DINH", "village_id", "DONG_HO", "commune_id",
            "DON_VI_XA", "commune_id", "DON_VI_HUYEN_TINH", "commune_id", "CONG_DAN", "unit_id",
            "CONG_DONG_THON", "v.unit_id", "CONG_DONG_XA", "v.unit_id", "CONG_DONG_TINH", "v.unit_id");

    private SubjectSources() {
    }

    /**
     * Every title's rows for :year, whose reference day is :day, but the citizens' (a recompute reads those once,
     * by group).
     */
    static String allButCitizens() {
        return BY_TITLE.entrySet().stream().filter(e -> !e.getKey().equals("CONG_DAN"))
                .map(e -> e.getKey().equals("GIA_DINH") ? HOUSEHOLDS_ON : e.getValue().formatted("true"))
                .collect(Collectors.joining("\nunion all\n"));
    }

    /** One title's rows for :year, or empty for a title without a denominator (a learning centre). */
    static java.util.Optional<String> of(String title) {
        return java.util.Optional.ofNullable(BY_TITLE.get(title)).map(sql -> sql.formatted("true"));
    }

    /**
     * The subjects of one title for the unit and year given by outer columns, as a scalar expression (0 for a
     * title without a denominator, such as a learning centre).
     */
    static String correlated(String title, String unit, String year) {
        String sql = BY_TITLE.get(title);
        if (sql == null) {
            return "0";
        }
        String rows = sql.formatted(UNIT_COLUMN.get(title) + " = " + unit).replace(":year", year);
        return "coalesce((select sum(s.subjects) from (" + rows + ") s(unit_id, title, subjects)), 0)";
    }

    /** Citizens by target group on :day, the year's reference day (only the denominators carry it). */
    static String citizensByGroup() {
        return """
                select unit_id, coalesce(target_group, 'UNKNOWN') as value, sum(citizens) as subjects
                from registry_citizen_count_on(cast(:day as date)) group by 1, 2""";
    }

    private static String organisations(String title, String commune) {
        return "select commune_id as unit_id, '" + title + "' as title, sum(organisations) as subjects "
                + "from registry_organisation_count_by_year "
                + "where year = :year and managing_level " + commune + " 'COMMUNE' and %s group by commune_id";
    }

    private static String units(String kind, String title) {
        return "select v.unit_id, '" + title + "' as title, 1 as subjects from geography_unit_version v "
                + "join registry_years y on y.year = :year "
                + "where v.kind = '" + kind + "' and (v.valid_from is null or v.valid_from <= y.reference_day) "
                + "and (v.valid_to is null or v.valid_to >= y.reference_day) and %s";
    }
}
