package vn.khuyenhoc.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.khuyenhoc.IntegrationTest;

/**
 * The registry's denominators on one bound day, which a year's recompute reads (ADR 0023), are those of its
 * views by year on the year's reference day, row for row, on the demo registry.
 */
@IntegrationTest
class CountsOnADayIntegrationTests {

    private static final String HOUSEHOLDS = """
            select count(*) from (
                (select village_id, households from registry_household_count_by_year where year = :year
                 except all
                 select village_id, households from registry_household_count_on(
                     (select reference_day from registry_years where year = :year)))
                union all
                (select village_id, households from registry_household_count_on(
                     (select reference_day from registry_years where year = :year))
                 except all
                 select village_id, households from registry_household_count_by_year where year = :year)) d""";
    private static final String CITIZENS = """
            select count(*) from (
                (select source, unit_id, target_group, citizens from registry_citizen_count_by_year
                 where year = :year
                 except all
                 select source, unit_id, target_group, citizens from registry_citizen_count_on(
                     (select reference_day from registry_years where year = :year)))
                union all
                (select source, unit_id, target_group, citizens from registry_citizen_count_on(
                     (select reference_day from registry_years where year = :year))
                 except all
                 select source, unit_id, target_group, citizens from registry_citizen_count_by_year
                 where year = :year)) d""";

    @Autowired JdbcClient jdbc;

    @Test
    void householdsAndCitizensOnTheReferenceDayAreTheViewsRowsOfThatYear() {
        for (int year : new int[] {2016, 2020, 2025, java.time.LocalDate.now().getYear()}) {
            assertThat(difference(HOUSEHOLDS, year)).as("households %d", year).isZero();
            assertThat(difference(CITIZENS, year)).as("citizens %d", year).isZero();
        }
        assertThat(total("select sum(households) from registry_household_count_by_year where year = 2025"))
                .isPositive();
        assertThat(total("select sum(citizens) from registry_citizen_count_by_year where year = 2025 "
                + "and source = 'HOUSEHOLD'")).isPositive();
        assertThat(total("select sum(citizens) from registry_citizen_count_by_year where year = 2025 "
                + "and source = 'ORGANISATION'")).isPositive();
    }

    private long difference(String sql, int year) {
        return jdbc.sql(sql).param("year", year).query(Long.class).single();
    }

    private long total(String sql) {
        Long total = jdbc.sql(sql).query(Long.class).single();
        return total == null ? 0 : total;
    }
}
