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
import vn.khuyenhoc.commendation.DemoCommendations;
import vn.khuyenhoc.fund.DemoFund;
import vn.khuyenhoc.learningcentre.DemoLearningCentres;
import vn.khuyenhoc.geography.UnitKind;
import vn.khuyenhoc.geography.Units;
import vn.khuyenhoc.registry.DemoRegistry;

/**
 * Loads the demo map, the demo accounts, the demo registry of Xã Liên Hương and its past rounds, and the 2022
 * Công dân học tập pilot of Nhà Bè, once, on an empty database, and prints the demo logins.
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
    static final long NHA_BE_SEED = 27655L;
    private final DemoRegistry registry;
    private final Units units;
    private final TransactionTemplate transaction;
    private final DemoAssociation association;
    private final DemoFund fund;
    private final DemoCommendations commendations;
    private final DemoLearningCentres centres;
    private final DemoFigures figures;
    private final DemoRounds rounds;
    private final DemoNhaBe nhaBe;
    private final DemoNhaBeRound nhaBeRound;

    DemoData(Environment environment, Accounts accounts, DemoMap map, DemoAccounts demoAccounts,
             DemoRegistry registry, Units units, TransactionTemplate transaction, DemoAssociation association,
             DemoFund fund, DemoRounds rounds, DemoNhaBe nhaBe, DemoNhaBeRound nhaBeRound,
             DemoCommendations commendations, DemoLearningCentres centres,
             DemoFigures figures) {
        this.environment = environment;
        this.accounts = accounts;
        this.map = map;
        this.demoAccounts = demoAccounts;
        this.registry = registry;
        this.units = units;
        this.transaction = transaction;
        this.association = association;
        this.fund = fund;
        this.rounds = rounds;
        this.nhaBe = nhaBe;
        this.nhaBeRound = nhaBeRound;
        this.commendations = commendations;
        this.centres = centres;
        this.figures = figures;
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
                loadRounds();
                log.info("Demo statistics: {} count rows for the years {}", figures.recompute(), DemoFigures.YEARS);
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
        commendations.load(commune).ifPresent(written -> log.info(
                "Demo commendations of Xã Liên Hương: {} commendations and one proposal", written.size() - 1));
        centres.load(REGISTRY_SEED).ifPresent(loaded -> log.info(
                "Demo learning centres: {} centres, {} activities, {} ratings", loaded.centreIds().size(),
                loaded.activities(), loaded.ratings()));
    }

    /** The past rounds of Xã Liên Hương and the 2022 pilot of Xã Nhà Bè's old communes (ADR 0016). */
    private void loadRounds() {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now();
        int recorded = rounds.load(unit("22969", today), REGISTRY_SEED);
        LocalDate pilotYear = LocalDate.of(2022, 12, 31);
        var oldCommunes = new java.util.LinkedHashMap<String, Long>();
        for (String code : java.util.List.of("27643", "27649", "27655")) {
            oldCommunes.put(code, unit(code, pilotYear));
        }
        long nhaBeCommune = unit("27655", today);
        int pilot = nhaBe.load(nhaBeCommune, oldCommunes, NHA_BE_SEED);
        long city = units.byCode("79", UnitKind.PROVINCE, today)
                .orElseThrow(() -> new IllegalStateException("Demo province 79 is missing")).unitId();
        int current = pilot == 0 ? 0 : nhaBeRound.load(nhaBeCommune, city);
        log.info("Demo rounds: {} past rounds of Xã Liên Hương; Nhà Bè: the 2022 pilot with {} citizens and the {} "
                + "round with {}, in {} ms", recorded, pilot, DemoNhaBeRound.YEAR, current,
                (System.nanoTime() - started) / 1_000_000);
    }

    private long unit(String code, LocalDate on) {
        return units.byCode(code, UnitKind.COMMUNE, on)
                .orElseThrow(() -> new IllegalStateException("Demo commune " + code + " is missing")).unitId();
    }

    boolean enabled() {
        String setting = environment.getProperty("khuyenhoc.demo.enabled", "auto").trim().toLowerCase();
        if (setting.equals("auto")) {
            return environment.getProperty("spring.datasource.url", "").isBlank();
        }
        return Boolean.parseBoolean(setting);
    }
}
