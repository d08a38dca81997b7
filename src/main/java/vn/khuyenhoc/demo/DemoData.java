package vn.khuyenhoc.demo;

import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.geography.UnitKind;
import vn.khuyenhoc.geography.Units;

/**
 * Loads the demo map, the demo accounts, what the modules keep about Xã Liên Hương ({@link DemoLienHuong}) and
 * the demo's years ({@link DemoHistory}), once, in one transaction, on an empty database, and prints the demo
 * logins. "auto" (the default) means: with the embedded database yes, with an external one only when asked.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

    /** The demo households are the same on every machine (for a given year: ages are as of the current year). */
    static final long REGISTRY_SEED = 22969L;
    static final long NHA_BE_SEED = 27655L;
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private final Environment environment;
    private final Accounts accounts;
    private final DemoMap map;
    private final DemoAccounts demoAccounts;
    private final TransactionTemplate transaction;
    private final DemoLienHuong lienHuong;
    private final DemoHistory history;

    DemoData(Environment environment, Accounts accounts, DemoMap map, DemoAccounts demoAccounts,
             TransactionTemplate transaction, DemoLienHuong lienHuong, DemoHistory history) {
        this.environment = environment;
        this.accounts = accounts;
        this.map = map;
        this.demoAccounts = demoAccounts;
        this.transaction = transaction;
        this.lienHuong = lienHuong;
        this.history = history;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled(environment)) {
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
                lienHuong.load();
                history.load();
            });
        }
        log.info(DemoAccounts.LOGINS);
    }

    /** A demo commune by its code on a day (the demo map has it). */
    static long commune(Units units, String code, LocalDate on) {
        return units.byCode(code, UnitKind.COMMUNE, on)
                .orElseThrow(() -> new IllegalStateException("Demo commune " + code + " is missing")).unitId();
    }

    static boolean enabled(Environment environment) {
        String setting = environment.getProperty("khuyenhoc.demo.enabled", "auto").trim().toLowerCase();
        if (setting.equals("auto")) {
            return environment.getProperty("spring.datasource.url", "").isBlank();
        }
        return Boolean.parseBoolean(setting);
    }
}
