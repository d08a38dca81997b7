package vn.khuyenhoc.commendation.pages;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.web.NavigationItem;

/** The commendations' entry of the main navigation, for officers and viewers. */
@Configuration(proxyBeanMethods = false)
class CommendationNavigation {

    @Bean
    NavigationItem commendationEntry() {
        return new NavigationItem("nav.commendation", "/commendations", 57, Set.of(Role.ADMIN.authority(),
                Role.PROVINCE_OFFICER.authority(), Role.COMMUNE_OFFICER.authority(), Role.BRANCH_OFFICER.authority(),
                Role.VIEWER.authority()));
    }
}
