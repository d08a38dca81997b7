package vn.khuyenhoc.association;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.AccessDenied;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.accounts.TestSessions;
import vn.khuyenhoc.association.member.MembershipRecords;
import vn.khuyenhoc.shared.InvalidInput;

/** Administrators change the membership-status rule from a day not yet passed; the timeline stays covered. */
@IntegrationTest
@Transactional
class StatusRulesIntegrationTests {

    static final LocalDate TODAY = LocalDate.now();
    @Autowired StatusRules rules;
    @Autowired MembershipRecords records;
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;
    @Autowired MockMvc mvc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private void signIn(String username) {
        new TestAccounts(jdbc, accounts, users).signIn(username);
    }

    @Test
    void aNewRuleEndsTheOpenOneTheDayBeforeAndDecidesStatusFromItsFirstDay() {
        signIn("admin");
        LocalDate from = TODAY.plusDays(10);
        long id = rules.start(from, 3, "Điều lệ sửa đổi thử");

        var all = records.rules();
        assertThat(MembershipRules.problems(all)).isEmpty();
        assertThat(all.get(all.size() - 1)).isEqualTo(new StatusRule(from, null, 3));
        assertThat(all.get(all.size() - 2).validTo()).isEqualTo(from.minusDays(1));
        LocalDate joined = TODAY.minusYears(2);
        LocalDate paid = from.minusMonths(4);
        assertThat(MembershipRules.statusOn(from.minusDays(1), joined, null, paid, all)).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(MembershipRules.statusOn(from, joined, null, paid, all)).isEqualTo(MembershipStatus.LAPSED);
        assertThat(jdbc.sql("select count(*) from audit_entry where entity = 'association-status-rule' and entity_id = :id")
                .param("id", id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aRuleCannotStartInThePastNorBeforeTheRuleItWouldEnd() {
        signIn("admin");
        assertThatThrownBy(() -> rules.start(TODAY.minusDays(1), 6, null)).isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("messageKey", "association.rule.notInThePast");
        rules.start(TODAY.plusDays(20), 6, null);
        assertThatThrownBy(() -> rules.start(TODAY.plusDays(20), 12, null)).isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("messageKey", "association.rule.notAfterCurrent");
        assertThatThrownBy(() -> rules.start(TODAY.plusDays(30), 0, null)).isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("messageKey", "association.rule.monthsInvalid");
    }

    @Test
    void onlyAnAdministratorChangesTheRule() {
        signIn("xa.lienhuong");
        assertThatThrownBy(() -> rules.start(TODAY.plusDays(10), 3, null)).isInstanceOf(AccessDenied.class);
    }

    @Test
    void theRulesPageShowsTheVersionsToEveryOfficerAndTheFormToAdministrators() throws Exception {
        var commune = TestSessions.signIn(mvc, "xa.lienhuong", "khuyenhoc");
        String read = mvc.perform(get("/association/rules").with(commune)).andReturn().getResponse().getContentAsString();
        assertThat(read).contains("Quá 6 tháng chưa đóng hội phí", "01/01/2026").doesNotContain("id=\"rule-form\"");

        var admin = TestSessions.signIn(mvc, "admin", "khuyenhoc");
        mvc.perform(post("/association/rules").with(admin).with(csrf())
                .param("validFrom", TODAY.plusDays(40).toString()).param("lapseAfterMonths", "9"));
        String after = mvc.perform(get("/association/rules").with(admin)).andReturn().getResponse()
                .getContentAsString();
        assertThat(after).contains("id=\"rule-form\"", "Quá 9 tháng chưa đóng hội phí");
    }

    @Test
    void theApiListsAndStartsRulesLikeThePage() throws Exception {
        var admin = TestSessions.signIn(mvc, "admin", "khuyenhoc");
        var created = mvc.perform(post("/api/v1/membership-rules").with(admin).with(csrf())
                .contentType("application/json")
                .content("{\"validFrom\":\"" + TODAY.plusDays(50) + "\",\"lapseAfterMonths\":4}")).andReturn()
                .getResponse();
        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(created.getContentAsString()).contains("\"lapseAfterMonths\":4");
        String list = mvc.perform(get("/api/v1/membership-rules").with(admin)).andReturn().getResponse()
                .getContentAsString();
        assertThat(list).contains("\"validTo\":\"" + TODAY.plusDays(49) + "\"");
    }
}
