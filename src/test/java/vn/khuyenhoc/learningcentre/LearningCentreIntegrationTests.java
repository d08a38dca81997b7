package vn.khuyenhoc.learningcentre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.AccessDenied;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.learningcentre.centre.CentreRecords;
import vn.khuyenhoc.shared.InvalidInput;

/** Centres on the database: merging along geography's lineage with history kept, activities, visits, the guard. */
@IntegrationTest
@Transactional
class LearningCentreIntegrationTests {

    static final LocalDate TWO_TIERS = LocalDate.of(2025, 7, 1);
    @Autowired LearningCentres centres;
    @Autowired CentreMergers mergers;
    @Autowired CentreRatings ratings;
    @Autowired CentreRecords records;
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;
    TestAccounts testAccounts;
    LearningCentreFixtures fixtures;

    @BeforeEach
    void signInAsAdministrator() {
        fixtures = new LearningCentreFixtures(jdbc);
        testAccounts = new TestAccounts(jdbc, accounts, users);
        testAccounts.signIn("admin");
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private ActivityForm activity(String title, LocalDate on, int participants) {
        return new ActivityForm(ActivityKind.CLASS, Topic.AGRICULTURE, title, on, null, participants);
    }

    @Test
    void theCentresOfNhaBeMergeAsTheirCommunesDidWithHistoryKept() {
        long town = fixtures.centreBeforeReform("27643");
        long phuocLoc = fixtures.centreBeforeReform("27649");
        long phuXuan = fixtures.centreBeforeReform("27655");
        long lesson = centres.recordActivity(phuocLoc, activity("Lớp trồng rau sạch thử", LocalDate.of(2024, 4, 2), 31));
        ratings.rate(phuocLoc, new RatingForm(2024, Rating.FAIR, null, null));

        var merged = mergers.followLineage(fixtures.unitOn("27655", LocalDate.now()), TWO_TIERS);

        assertThat(merged.predecessorIds()).containsExactlyInAnyOrder(town, phuocLoc, phuXuan);
        var successor = records.centre(merged.centreId()).orElseThrow();
        assertThat(successor.name()).isEqualTo("Trung tâm học tập cộng đồng Xã Nhà Bè");
        assertThat(successor.validFrom()).isEqualTo(TWO_TIERS);
        for (long predecessor : merged.predecessorIds()) {
            assertThat(records.centre(predecessor).orElseThrow().validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        }
        assertThat(jdbc.sql("select count(*) from lc_centre_lineage where successor_id = :s")
                .param("s", merged.centreId()).query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select centre_id from lc_activity where id = :a").param("a", lesson).query(Long.class)
                .single()).isEqualTo(phuocLoc);
        assertThat(records.rating(phuocLoc, 2024).orElseThrow().rating()).isEqualTo("FAIR");
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where entity = 'learningcentre-centre' and action = 'merge'
                  and entity_id = :id""").param("id", merged.centreId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aMergerIsFollowedOnceAndAClosedCentreTakesNoLaterActivity() {
        long phuocLoc = fixtures.centreBeforeReform("27649");
        long nhaBe = fixtures.unitOn("27655", LocalDate.now());
        mergers.followLineage(nhaBe, TWO_TIERS);

        assertThatThrownBy(() -> mergers.followLineage(nhaBe, TWO_TIERS))
                .isInstanceOf(InvalidInput.class).hasMessage("learningcentre.merge.done");
        assertThatThrownBy(() -> centres.recordActivity(phuocLoc, activity("Sau sáp nhập", LocalDate.of(2025, 8, 1), 5)))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("learningcentre.centre.closedThen");
        assertThatThrownBy(() -> mergers.followLineage(fixtures.unitOn("22969", LocalDate.now()), TWO_TIERS))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("learningcentre.merge.noLineage");
    }

    @Test
    void aCommuneHasOneCentreAtATime() {
        long lienHuong = fixtures.unitOn("22969", LocalDate.now());
        fixtures.centre("22969");

        assertThatThrownBy(() -> centres.open(new CentreForm(lienHuong, "Trung tâm thứ hai", null, LocalDate.of(2026, 1, 1))))
                .isInstanceOf(InvalidInput.class).hasMessage("learningcentre.centre.exists");
    }

    @Test
    void enteredVisitsStandForTheYearAndClearingThemCountsTheActivitiesAgain() {
        long centre = fixtures.centreBeforeReform("27643");
        centres.recordActivity(centre, activity("Lớp A", LocalDate.of(2019, 3, 1), 40));
        centres.recordActivity(centre, activity("Lớp B", LocalDate.of(2019, 9, 1), 25));

        assertThat(visits(centre, 2019)).isEqualTo(65);
        centres.recordVisits(centre, 2019, 1_250);
        assertThat(visits(centre, 2019)).isEqualTo(1_250);
        centres.recordVisits(centre, 2019, null);
        assertThat(visits(centre, 2019)).isEqualTo(65);
    }

    @Test
    void aCommuneOfficerChangesOnlyTheirOwnCommunesCentre() {
        long own = fixtures.centre("22969");
        long foreign = fixtures.centreBeforeReform("27643");
        testAccounts.signIn("xa.lienhuong");

        long id = centres.recordActivity(own, activity("Lớp của xã", LocalDate.of(2024, 5, 5), 12));

        assertThat(id).isPositive();
        assertThatThrownBy(() -> centres.recordActivity(foreign, activity("Lớp xã khác", LocalDate.of(2024, 5, 5), 12)))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> centres.appointDirector(own, new DirectorForm(1L, "Ông Hai")))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("learningcentre.director.personOrName");
    }

    @Test
    void anActivityRecordedByMistakeIsRemovedOnlyFromItsOwnCentreAndTheAuditKeepsIt() {
        long centre = fixtures.centreBeforeReform("27643");
        long other = fixtures.centreBeforeReform("27649");
        long wrong = centres.recordActivity(centre, activity("Ghi nhầm", LocalDate.of(2019, 2, 2), 900));

        assertThatThrownBy(() -> centres.removeActivity(other, wrong)).isInstanceOf(vn.khuyenhoc.shared.NotFound.class);
        centres.removeActivity(centre, wrong);

        assertThat(records.activity(wrong)).isEmpty();
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where entity = 'learningcentre-activity' and entity_id = :id
                  and action = 'remove'""").param("id", wrong).query(Long.class).single()).isEqualTo(1);
    }

    private long visits(long centre, int year) {
        return jdbc.sql("""
                select coalesce(v.visits, (select coalesce(sum(participants), 0) from lc_activity a
                                           where a.centre_id = :c and a.year = :y))
                from (select 1) one left join lc_visits v on v.centre_id = :c and v.year = :y""")
                .param("c", centre).param("y", year).query(Long.class).single();
    }
}
