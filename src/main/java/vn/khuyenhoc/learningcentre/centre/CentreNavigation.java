package vn.khuyenhoc.learningcentre.centre;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.web.NavigationItem;

/** The centres' entry of the main navigation, for officers and viewers. */
@Configuration(proxyBeanMethods = false)
class CentreNavigation {

    @Bean
    NavigationItem learningCentreEntry() {
        return new NavigationItem("nav.learningcentre", "/learning-centres", 53, Set.of(Role.ADMIN.authority(),
                Role.PROVINCE_OFFICER.authority(), Role.COMMUNE_OFFICER.authority(), Role.BRANCH_OFFICER.authority(),
                Role.VIEWER.authority()));
    }
}
