package vn.khuyenhoc.accounts.user;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.web.NavigationItem;

/** The accounts entry of the main navigation, for those who manage accounts. */
@Configuration(proxyBeanMethods = false)
class AccountsNavigation {

    @Bean
    NavigationItem accountsEntry() {
        return new NavigationItem("nav.accounts", "/accounts/users", 60, Set.of(Role.ADMIN.authority(),
                Role.PROVINCE_OFFICER.authority(), Role.COMMUNE_OFFICER.authority()));
    }
}
