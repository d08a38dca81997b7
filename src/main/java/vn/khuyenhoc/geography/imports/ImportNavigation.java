package vn.khuyenhoc.geography.imports;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.web.NavigationItem;

/** The import page (administrators, and officers for their villages' CSV) and the set-aside work list. */
@Configuration(proxyBeanMethods = false)
class ImportNavigation {

    @Bean
    NavigationItem importsNavigation() {
        return new NavigationItem("nav.imports", "/geography/imports", 40, Set.of(Role.ADMIN.authority(),
                Role.PROVINCE_OFFICER.authority(), Role.COMMUNE_OFFICER.authority()));
    }

    @Bean
    NavigationItem setAsideNavigation() {
        return new NavigationItem("nav.setAside", "/geography/set-aside", 41, Set.of(Role.ADMIN.authority()));
    }
}
