package vn.khuyenhoc.geography.unit;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.web.NavigationItem;

/** The geography entries of the main navigation. */
@Configuration(proxyBeanMethods = false)
class GeographyNavigation {

    @Bean
    NavigationItem unitsNavigation() {
        return new NavigationItem("nav.units", "/geography/units", 10,
                Arrays.stream(Role.values()).map(Role::authority).collect(Collectors.toSet()));
    }

    @Bean
    NavigationItem placementsNavigation() {
        return new NavigationItem("nav.placements", "/geography/villages/placements", 20, Set.of(
                Role.ADMIN.authority(), Role.PROVINCE_OFFICER.authority(), Role.COMMUNE_OFFICER.authority()));
    }
}
