package vn.khuyenhoc.round.web;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.web.NavigationItem;

/** The rounds entry of the main navigation, for every role (each sees the rounds of their area), and the chains'. */
@Configuration(proxyBeanMethods = false)
class RoundNavigation {

    @Bean
    NavigationItem roundsEntry() {
        return new NavigationItem("nav.rounds", "/rounds", 50,
                Arrays.stream(Role.values()).map(Role::authority).collect(Collectors.toSet()));
    }

    @Bean
    NavigationItem chainsEntry() {
        return new NavigationItem("nav.chains", "/rounds/chains", 51,
                java.util.Set.of(Role.ADMIN.authority(), Role.PROVINCE_OFFICER.authority()));
    }
}
