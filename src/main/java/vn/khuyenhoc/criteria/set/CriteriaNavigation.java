package vn.khuyenhoc.criteria.set;

import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.web.NavigationItem;

/** The criteria sets entry of the main navigation, for every officer role. */
@Configuration(proxyBeanMethods = false)
class CriteriaNavigation {

    @Bean
    NavigationItem criteriaEntry() {
        return new NavigationItem("nav.criteria", "/criteria/sets", 50, SetPageController.READERS.stream()
                .map(Role::authority).collect(Collectors.toUnmodifiableSet()));
    }
}
