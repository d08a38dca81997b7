package vn.khuyenhoc.statistics.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.web.NavigationItem;

/** The statistics entry of the main navigation, for officers and viewers. */
@Configuration(proxyBeanMethods = false)
class StatisticsNavigation {

    @Bean
    NavigationItem statisticsEntry() {
        return new NavigationItem("nav.statistics", "/statistics", 60, Set.of(Role.ADMIN.authority(),
                Role.PROVINCE_OFFICER.authority(), Role.COMMUNE_OFFICER.authority(), Role.BRANCH_OFFICER.authority(),
                Role.VIEWER.authority()));
    }
}
