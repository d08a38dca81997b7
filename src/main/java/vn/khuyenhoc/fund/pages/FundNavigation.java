package vn.khuyenhoc.fund.pages;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.web.NavigationItem;

/** The fund's entry of the main navigation, for officers and viewers. */
@Configuration(proxyBeanMethods = false)
class FundNavigation {

    @Bean
    NavigationItem fundEntry() {
        return new NavigationItem("nav.fund", "/fund", 55, Set.of(Role.ADMIN.authority(),
                Role.PROVINCE_OFFICER.authority(), Role.COMMUNE_OFFICER.authority(), Role.BRANCH_OFFICER.authority(),
                Role.VIEWER.authority()));
    }
}
