package vn.khuyenhoc.registry.organisation;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.web.NavigationItem;

/** The organisations entry of the main navigation; a unit officer's goes straight to their organisation. */
@Configuration(proxyBeanMethods = false)
class OrganisationNavigation {

    @Bean
    NavigationItem organisationsEntry() {
        return new NavigationItem("nav.registry.organisations", "/registry/organisations", 32, Set.of(
                Role.ADMIN.authority(), Role.PROVINCE_OFFICER.authority(), Role.COMMUNE_OFFICER.authority(),
                Role.BRANCH_OFFICER.authority(), Role.VIEWER.authority()));
    }

    @Bean
    NavigationItem ownOrganisationEntry() {
        return new NavigationItem("nav.registry.myOrganisation", "/registry/organisations/mine", 32,
                Set.of(Role.UNIT_OFFICER.authority()));
    }
}
