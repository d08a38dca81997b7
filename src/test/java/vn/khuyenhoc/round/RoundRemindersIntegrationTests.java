package vn.khuyenhoc.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.accounts.TestSessions;
import vn.khuyenhoc.criteria.CriteriaEditor;

/**
 * Reminders of a round's deadlines: recorded once per deadline and number of days (14, 7 and 1 before), shown to
 * the officers whose step it is, in the inbox and as a count beside it in the navigation.
 */
@IntegrationTest
@Transactional
class RoundRemindersIntegrationTests {

    static final LocalDate WEEK_BEFORE_REVIEW = LocalDate.of(RoundFixtures.YEAR, 12, 24);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    CriteriaEditor editor;
    @Autowired
    Rounds rounds;
    @Autowired
    RoundReminders reminders;

    RoundFixtures fixtures;
    long roundId;

    @BeforeEach
    void round() {
        fixtures = new RoundFixtures(jdbc, new TestAccounts(jdbc, accounts, userDetails), editor, rounds);
        roundId = fixtures.lienHuongHouseholdRound(fixtures.householdSet());
        TestAccounts.signOut();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    int remindersOfRound() {
        return jdbc.sql("select count(*) from round_reminder where round_id = :r").param("r", roundId)
                .query(Integer.class).single();
    }

    @Test
    void aDeadlineAWeekAwayIsRemindedForTheTwoWeekAndTheOneWeekMarksAndOnlyOnce() {
        reminders.record(WEEK_BEFORE_REVIEW);
        int first = remindersOfRound();
        reminders.record(WEEK_BEFORE_REVIEW);
        reminders.record(WEEK_BEFORE_REVIEW.plusDays(1));

        assertThat(first).isEqualTo(2);
        assertThat(remindersOfRound()).isEqualTo(2);
        assertThat(jdbc.sql("select string_agg(step || ':' || days_before, ',' order by days_before) "
                + "from round_reminder where round_id = :r").param("r", roundId).query(String.class).single())
                .isEqualTo("REVIEW:7,REVIEW:14");
    }

    @Test
    void theBranchOfficerWhoReviewsSeesTheReminderWithTheDaysLeft() {
        reminders.record(WEEK_BEFORE_REVIEW);
        fixtures.users().signIn("kp8.lienhuong");

        var mine = reminders.mine(WEEK_BEFORE_REVIEW).stream().filter(r -> r.roundId() == roundId).toList();

        assertThat(mine).singleElement().satisfies(reminder -> {
            assertThat(reminder.step()).isEqualTo(Step.REVIEW);
            assertThat(reminder.deadline()).isEqualTo(LocalDate.of(RoundFixtures.YEAR, 12, 31));
            assertThat(reminder.daysLeft()).isEqualTo(7);
        });
    }

    @Test
    void nothingIsRemindedBeforeTheFirstMarkNorForAPastDeadline() {
        reminders.record(LocalDate.of(RoundFixtures.YEAR, 12, 10));

        assertThat(remindersOfRound()).isZero();
    }

    @Test
    void theNavigationCountsTheRemindersBesideTheInbox() throws Exception {
        reminders.record(WEEK_BEFORE_REVIEW);
        var branch = TestSessions.signIn(mvc, "kp8.lienhuong", TestAccounts.PASSWORD);

        String page = mvc.perform(get("/rounds/inbox").with(branch)).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("nav-count").contains("id=\"inbox-reminders\"")
                .contains("hạn 31/12/" + RoundFixtures.YEAR);
    }
}
