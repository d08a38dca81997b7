package vn.khuyenhoc.association.structure;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.web.NavigationItem;

/** The association's entries of the main navigation, for officers and viewers. */
@Configuration(proxyBeanMethods = false)
class AssociationNavigation {

    private static final Set<String> READERS = Set.of(Role.ADMIN.authority(), Role.PROVINCE_OFFICER.authority(),
            Role.COMMUNE_OFFICER.authority(), Role.BRANCH_OFFICER.authority(), Role.VIEWER.authority());

    @Bean
    NavigationItem associationEntry() {
        return new NavigationItem("nav.association", "/association", 50, READERS);
    }

    @Bean
    NavigationItem membersEntry() {
        return new NavigationItem("nav.association.members", "/association/members", 51, READERS);
    }

    @Bean
    NavigationItem figuresEntry() {
        return new NavigationItem("nav.association.figures", "/association/figures", 52, READERS);
    }
}
