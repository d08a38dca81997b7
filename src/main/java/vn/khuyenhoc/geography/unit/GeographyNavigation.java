package vn.khuyenhoc.geography.unit;

import java.util.Set;
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
                java.util.Arrays.stream(Role.values()).map(Role::authority).collect(java.util.stream.Collectors.toSet()));
    }

    @Bean
    NavigationItem importsNavigation() {
        return new NavigationItem("nav.imports", "/geography/imports", 40, Set.of(Role.ADMIN.authority()));
    }
}
