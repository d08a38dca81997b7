package vn.khuyenhoc.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.khuyenhoc.accounts.Accounts;

/**
 * Loads the demo map and the demo accounts once, on an empty database, and prints the demo logins.
 * "auto" (the default) means: with the embedded database yes, with an external one only when asked.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private final Environment environment;
    private final Accounts accounts;
    private final DemoMap map;
    private final DemoAccounts demoAccounts;
    private final TransactionTemplate transaction;

    DemoData(Environment environment, Accounts accounts, DemoMap map, DemoAccounts demoAccounts,
             TransactionTemplate transaction) {
        this.environment = environment;
        this.accounts = accounts;
        this.map = map;
        this.demoAccounts = demoAccounts;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled()) {
            if (!accounts.anyUserExists()) {
                log.warn("No users yet: open /setup to create the first administrator.");
            }
            return;
        }
        if (accounts.anyUserExists()) {
            log.info("Demo data already present.");
        } else {
            transaction.executeWithoutResult(status -> {
                map.load();
                demoAccounts.create();
            });
        }
        log.info(DemoAccounts.LOGINS);
    }

    boolean enabled() {
        String setting = environment.getProperty("khuyenhoc.demo.enabled", "auto").trim().toLowerCase();
        if (setting.equals("auto")) {
            return environment.getProperty("spring.datasource.url", "").isBlank();
        }
        return Boolean.parseBoolean(setting);
    }
}
