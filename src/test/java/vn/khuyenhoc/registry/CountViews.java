package vn.khuyenhoc.registry;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads the registry's count views for the units of a test, as small maps that assertions compare whole. */
final class CountViews {

    private final JdbcClient jdbc;
    private final long communeId;
    private final Long[] villageIds;

    CountViews(JdbcClient jdbc, long communeId, Long... villageIds) {
        this.jdbc = jdbc;
        this.communeId = communeId;
        this.villageIds = villageIds;
    }

    /** Households by village id. */
    Map<Long, Long> households(int year) {
        var counts = new HashMap<Long, Long>();
        jdbc.sql("""
                select village_id, households from registry_household_count_by_year
                where year = :year and village_id = any(:villages)""")
                .param("year", year).param("villages", villageIds)
                .query((rs, n) -> counts.put(rs.getLong(1), rs.getLong(2))).list();
        return counts;
    }

    /** The number of clans and of those with a study-promotion board; empty when there are none. */
    Map<String, Long> clans(int year) {
        return jdbc.sql("""
                select clans, clans_with_board from registry_clan_count_by_year
                where year = :year and commune_id = :commune""")
                .param("year", year).param("commune", communeId)
                .query((rs, n) -> Map.of("clans", rs.getLong(1), "clans_with_board", rs.getLong(2)))
                .optional().orElse(Map.of());
    }

    /** Organisations by "KIND/LEVEL". */
    Map<String, Long> organisations(int year) {
        var counts = new HashMap<String, Long>();
        jdbc.sql("""
                select kind || '/' || managing_level, organisations from registry_organisation_count_by_year
                where year = :year and commune_id = :commune""")
                .param("year", year).param("commune", communeId)
                .query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }

    /** Citizens of a source (HOUSEHOLD: unit is a village; ORGANISATION: a commune) by target group, "-" for none. */
    Map<String, Long> citizens(String source, long unitId, int year) {
        var counts = new HashMap<String, Long>();
        jdbc.sql("""
                select coalesce(target_group, '-'), citizens from registry_citizen_count_by_year
                where year = :year and source = :source and unit_id = :unit""")
                .param("year", year).param("source", source).param("unit", unitId)
                .query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }
}
