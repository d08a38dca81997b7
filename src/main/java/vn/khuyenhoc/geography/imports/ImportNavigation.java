package vn.khuyenhoc.geography.imports;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.web.NavigationItem;

/** The set-aside work list in the main navigation, for administrators (the import page is listed already). */
@Configuration(proxyBeanMethods = false)
class ImportNavigation {

    @Bean
    NavigationItem setAsideNavigation() {
        return new NavigationItem("nav.setAside", "/geography/set-aside", 41, Set.of(Role.ADMIN.authority()));
    }
}
