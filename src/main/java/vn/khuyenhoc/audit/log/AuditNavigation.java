package vn.khuyenhoc.audit.log;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.web.NavigationItem;

/** The audit log's entry in the main navigation: administrators and province officers read it. */
@Configuration(proxyBeanMethods = false)
class AuditNavigation {

    @Bean
    NavigationItem auditLogNavigation() {
        return new NavigationItem("nav.audit", AuditController.PATH, 90,
                Set.of(Role.ADMIN.authority(), Role.PROVINCE_OFFICER.authority()));
    }
}
