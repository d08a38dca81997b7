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
import vn.khuyenhoc.association.DemoAssociation;
import vn.khuyenhoc.fund.DemoFund;
import vn.khuyenhoc.learningcentre.DemoLearningCentres;
import vn.khuyenhoc.geography.UnitKind;
import vn.khuyenhoc.geography.Units;
import vn.khuyenhoc.registry.DemoRegistry;

/**
 * Loads the demo map, the demo accounts and the demo registry of Xã Liên Hương once, on an empty database, and
 * prints the demo logins.
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
    /** The demo households are the same on every machine (for a given year: ages are as of the current year). */
    static final long REGISTRY_SEED = 22969L;
    private final DemoRegistry registry;
    private final Units units;
    private final TransactionTemplate transaction;
    private final DemoAssociation association;
    private final DemoFund fund;
    private final DemoLearningCentres centres;

    DemoData(Environment environment, Accounts accounts, DemoMap map, DemoAccounts demoAccounts,
             DemoRegistry registry, Units units, TransactionTemplate transaction, DemoAssociation association,
             DemoFund fund, DemoLearningCentres centres) {
        this.environment = environment;
        this.accounts = accounts;
        this.map = map;
        this.demoAccounts = demoAccounts;
        this.registry = registry;
        this.units = units;
        this.transaction = transaction;
        this.association = association;
        this.fund = fund;
        this.centres = centres;
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
                loadRegistry();
            });
        }
        log.info(DemoAccounts.LOGINS);
    }

    private void loadRegistry() {
        long started = System.nanoTime();
        long commune = units.byCode("22969", UnitKind.COMMUNE, LocalDate.now())
                .orElseThrow(() -> new IllegalStateException("Demo commune 22969 is missing")).unitId();
        registry.load(commune, REGISTRY_SEED).ifPresent(loaded -> log.info(
                "Demo registry of Xã Liên Hương: {} households, {} persons, {} staff in {} ms", loaded.households(),
                loaded.persons(), loaded.staff(), (System.nanoTime() - started) / 1_000_000));
        association.load(commune, REGISTRY_SEED).ifPresent(loaded -> log.info(
                "Demo association of Xã Liên Hương: {} branches, {} boards, {} members", loaded.branches(),
                loaded.boards(), loaded.members()));
        fund.load(commune, REGISTRY_SEED).ifPresent(loaded -> log.info(
                "Demo funds of Xã Liên Hương: {} entries in {} funds", loaded.entries(), loaded.fundIds().size()));
        centres.load(REGISTRY_SEED).ifPresent(loaded -> log.info(
                "Demo learning centres: {} centres, {} activities, {} ratings", loaded.centreIds().size(),
                loaded.activities(), loaded.ratings()));
    }

    boolean enabled() {
        String setting = environment.getProperty("khuyenhoc.demo.enabled", "auto").trim().toLowerCase();
        if (setting.equals("auto")) {
            return environment.getProperty("spring.datasource.url", "").isBlank();
        }
        return Boolean.parseBoolean(setting);
    }
}
