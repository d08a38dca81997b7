package vn.khuyenhoc.registry.imports;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.web.NavigationItem;

/** "Nhập từ Excel": the registry's imports, for the roles that may import households at least. */
@Configuration(proxyBeanMethods = false)
class RegistryImportNavigation {

    @Bean
    NavigationItem registryImportsNavigation() {
        return new NavigationItem("nav.registry.imports", "/registry/imports", 38, Set.of(Role.ADMIN.authority(),
                Role.PROVINCE_OFFICER.authority(), Role.COMMUNE_OFFICER.authority(), Role.BRANCH_OFFICER.authority()));
    }
}
