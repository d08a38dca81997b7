package vn.khuyenhoc.registry.citizen;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.web.NavigationItem;

/** "Công dân" for officers and unit officers; "Hồ sơ của tôi" for citizens. */
@Configuration(proxyBeanMethods = false)
class CitizenNavigation {

    @Bean
    NavigationItem citizensEntry() {
        return new NavigationItem("nav.registry.citizens", "/registry/citizens", 33,
                Stream.of(Role.ADMIN, Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER, Role.BRANCH_OFFICER,
                        Role.UNIT_OFFICER).map(Role::authority).collect(Collectors.toSet()));
    }

    @Bean
    NavigationItem ownRecordEntry() {
        return new NavigationItem("nav.registry.me", "/registry/me", 34, Set.of(Role.CITIZEN.authority()));
    }
}
