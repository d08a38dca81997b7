package vn.khuyenhoc.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;

/**
 * The denominators the registry publishes (V7 views, ADR 0006): a record counts in a year when it existed on
 * the reference day, 31 December (today for the current year). Rows are made by hand in units of their own.
 */
@IntegrationTest
@Transactional
class RegistryCountViewsIntegrationTests {

    static final long OLD_VILLAGE = 990_001;
    static final long NEW_VILLAGE = 990_002;
    static final long COMMUNE = 990_100;

    RegistryRows rows;
    CountViews views;

    @BeforeEach
    void helpers(@Autowired JdbcClient jdbc) {
        rows = new RegistryRows(jdbc, COMMUNE);
        views = new CountViews(jdbc, COMMUNE, OLD_VILLAGE, NEW_VILLAGE);
    }

    @Test
    void aHouseholdThatMovedIn2019CountsOnlyInItsNewVillageIn2019AndInItsOldVillageIn2018() {
        long household = rows.household(OLD_VILLAGE, "2010-01-01", null);
        rows.residence(household, OLD_VILLAGE, "2010-01-01", "2019-03-31");
        rows.residence(household, NEW_VILLAGE, "2019-04-01", null);

        assertThat(views.households(2018)).isEqualTo(Map.of(OLD_VILLAGE, 1L));
        assertThat(views.households(2019)).isEqualTo(Map.of(NEW_VILLAGE, 1L));
        assertThat(views.households(LocalDate.now().getYear())).isEqualTo(Map.of(NEW_VILLAGE, 1L));
        assertThat(views.households(2009)).isEmpty();
    }

    @Test
    void aHouseholdClosedIn2018CountsUpTo2017AndOneClosedOnTheLastDayCountsThatYear() {
        long closedMidYear = rows.household(OLD_VILLAGE, "2015-06-01", "2018-06-30");
        rows.residence(closedMidYear, OLD_VILLAGE, "2015-06-01", "2018-06-30");
        long closedOnNewYearsEve = rows.household(NEW_VILLAGE, "2015-06-01", "2018-12-31");
        rows.residence(closedOnNewYearsEve, NEW_VILLAGE, "2015-06-01", "2018-12-31");

        assertThat(views.households(2014)).isEmpty();
        assertThat(views.households(2015)).isEqualTo(Map.of(OLD_VILLAGE, 1L, NEW_VILLAGE, 1L));
        assertThat(views.households(2017)).isEqualTo(Map.of(OLD_VILLAGE, 1L, NEW_VILLAGE, 1L));
        assertThat(views.households(2018)).isEqualTo(Map.of(NEW_VILLAGE, 1L));
        assertThat(views.households(2019)).isEmpty();
    }

    @Test
    void aHouseholdRecordedFromTomorrowDoesNotCountYetThisYear() {
        String tomorrow = LocalDate.now().plusDays(1).toString();
        rows.residence(rows.household(OLD_VILLAGE, tomorrow, null), OLD_VILLAGE, tomorrow, null);

        assertThat(views.households(LocalDate.now().getYear())).isEmpty();
    }

    @Test
    void clansCountWhileTheyExistAndThoseWithABoardApart() {
        rows.clan("C1", "2010-01-01", null, false);
        rows.clan("C2", "2017-05-01", null, true);
        rows.clan("C3", "2012-01-01", "2019-06-30", true);

        assertThat(views.clans(2016)).isEqualTo(Map.of("clans", 2L, "clans_with_board", 1L));
        assertThat(views.clans(2017)).isEqualTo(Map.of("clans", 3L, "clans_with_board", 2L));
        assertThat(views.clans(2019)).isEqualTo(Map.of("clans", 2L, "clans_with_board", 1L));
    }

    @Test
    void organisationsCountByKindAndManagingLevel() {
        rows.organisation("MN", "KINDERGARTEN", "COMMUNE", "2000-09-05", null);
        rows.organisation("TH1", "PRIMARY_SCHOOL", "COMMUNE", "2000-09-05", null);
        rows.organisation("TH2", "PRIMARY_SCHOOL", "COMMUNE", "2018-08-15", null);
        rows.organisation("THPT", "UPPER_SECONDARY_SCHOOL", "PROVINCE", "1990-09-05", "2017-07-31");

        assertThat(views.organisations(2016)).isEqualTo(Map.of("KINDERGARTEN/COMMUNE", 1L,
                "PRIMARY_SCHOOL/COMMUNE", 1L, "UPPER_SECONDARY_SCHOOL/PROVINCE", 1L));
        assertThat(views.organisations(2018)).isEqualTo(Map.of("KINDERGARTEN/COMMUNE", 1L,
                "PRIMARY_SCHOOL/COMMUNE", 2L));
    }

    @Test
    void citizensAreTheAdultMembersOfTheYearByTargetGroup() {
        long household = rows.household(OLD_VILLAGE, "2000-01-01", null);
        rows.residence(household, OLD_VILLAGE, "2000-01-01", null);
        rows.member(household, rows.person(1980, "FARMER"), "HEAD", "2000-01-01", null);
        rows.member(household, rows.person(1982, "WORKER"), "SPOUSE", "2000-01-01", null);
        rows.member(household, rows.person(2001, "OTHER"), "CHILD", "2001-01-01", null);
        rows.member(household, rows.person(2002, null), "CHILD", "2002-01-01", null);
        rows.member(household, rows.person(1950, "FARMER"), "PARENT", "2000-01-01", "2018-05-01");
        rows.member(household, rows.person(null, "FARMER"), "OTHER", "2000-01-01", null);

        assertThat(views.citizens("HOUSEHOLD", OLD_VILLAGE, 2017)).isEqualTo(Map.of("FARMER", 2L, "WORKER", 1L));
        assertThat(views.citizens("HOUSEHOLD", OLD_VILLAGE, 2019)).isEqualTo(Map.of("FARMER", 1L, "WORKER", 1L,
                "OTHER", 1L));
        assertThat(views.citizens("HOUSEHOLD", OLD_VILLAGE, 2020)).isEqualTo(Map.of("FARMER", 1L, "WORKER", 1L,
                "OTHER", 1L, "-", 1L));
    }

    @Test
    void staffCountInTheCommuneOfTheirOrganisationWhileTheyWorkThere() {
        long household = rows.household(OLD_VILLAGE, "2000-01-01", null);
        rows.residence(household, OLD_VILLAGE, "2000-01-01", null);
        long teacher = rows.person(1985, "OFFICIAL");
        rows.member(household, teacher, "HEAD", "2000-01-01", null);
        long school = rows.organisation("TH", "PRIMARY_SCHOOL", "COMMUNE", "2000-09-05", null);
        rows.staff(school, teacher, "2010-09-01", null);
        rows.staff(school, rows.person(1990, "OFFICIAL"), "2012-09-01", "2019-05-31");
        rows.staff(school, rows.person(1970, "WORKER"), "2015-01-01", null);

        assertThat(views.citizens("ORGANISATION", COMMUNE, 2011)).isEqualTo(Map.of("OFFICIAL", 1L));
        assertThat(views.citizens("ORGANISATION", COMMUNE, 2018)).isEqualTo(Map.of("OFFICIAL", 2L, "WORKER", 1L));
        assertThat(views.citizens("ORGANISATION", COMMUNE, 2019)).isEqualTo(Map.of("OFFICIAL", 1L, "WORKER", 1L));
        assertThat(views.citizens("HOUSEHOLD", OLD_VILLAGE, 2019)).isEqualTo(Map.of("OFFICIAL", 1L));
    }
}
