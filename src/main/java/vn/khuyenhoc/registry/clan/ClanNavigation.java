package vn.khuyenhoc.registry.clan;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.web.NavigationItem;

/** The clans entry of the main navigation, for officers and viewers. */
@Configuration(proxyBeanMethods = false)
class ClanNavigation {

    @Bean
    NavigationItem clansEntry() {
        return new NavigationItem("nav.registry.clans", "/registry/clans", 31, Set.of(Role.ADMIN.authority(),
                Role.PROVINCE_OFFICER.authority(), Role.COMMUNE_OFFICER.authority(),
                Role.BRANCH_OFFICER.authority(), Role.VIEWER.authority()));
    }
}
