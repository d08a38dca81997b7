package vn.khuyenhoc.registry.household;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.web.NavigationItem;

/** The households entry of the main navigation, for the officers who keep or read them. */
@Configuration(proxyBeanMethods = false)
class HouseholdNavigation {

    @Bean
    NavigationItem householdsEntry() {
        return new NavigationItem("nav.registry.households", "/registry/households", 30, Set.of(
                Role.ADMIN.authority(), Role.PROVINCE_OFFICER.authority(), Role.COMMUNE_OFFICER.authority(),
                Role.BRANCH_OFFICER.authority(), Role.VIEWER.authority()));
    }
}
