package vn.khuyenhoc.round.web;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import java.time.LocalDate;
import java.time.ZoneId;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.round.RoundReminders;
import vn.khuyenhoc.web.NavigationCount;
import vn.khuyenhoc.web.NavigationItem;

/**
 * The round module's entries of the main navigation: the rounds and the inbox for every role (each sees their
 * area's), the inbox with the count of its reminders, and the chains for administrators and province officers.
 */
@Configuration(proxyBeanMethods = false)
class RoundNavigation {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    NavigationItem roundsEntry() {
        return new NavigationItem("nav.rounds", "/rounds", 50,
                Arrays.stream(Role.values()).map(Role::authority).collect(Collectors.toSet()));
    }

    @Bean
    NavigationItem inboxEntry() {
        return new NavigationItem("nav.inbox", "/rounds/inbox", 49,
                Arrays.stream(Role.values()).map(Role::authority).collect(Collectors.toSet()));
    }

    /** Beside the inbox: the deadlines near of the steps the user takes (the reminders the daily job recorded). */
    @Bean
    NavigationCount inboxReminders(RoundReminders reminders) {
        return new NavigationCount("/rounds/inbox", () -> reminders.mine(LocalDate.now(VIETNAM)).size());
    }

    @Bean
    NavigationItem chainsEntry() {
        return new NavigationItem("nav.chains", "/rounds/chains", 51,
                java.util.Set.of(Role.ADMIN.authority(), Role.PROVINCE_OFFICER.authority()));
    }
}
