package vn.khuyenhoc.demo;

import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.association.DemoAssociation;
import vn.khuyenhoc.commendation.DemoCommendations;
import vn.khuyenhoc.fund.DemoFund;
import vn.khuyenhoc.geography.Units;
import vn.khuyenhoc.learningcentre.DemoLearningCentres;
import vn.khuyenhoc.registry.DemoRegistry;

/** What the modules keep about Xã Liên Hương today: its registry, association, funds, commendations, centres. */
@Component
class DemoLienHuong {

    private static final Logger log = LoggerFactory.getLogger(DemoLienHuong.class);
    private final Units units;
    private final DemoRegistry registry;
    private final DemoAssociation association;
    private final DemoFund fund;
    private final DemoCommendations commendations;
    private final DemoLearningCentres centres;

    DemoLienHuong(Units units, DemoRegistry registry, DemoAssociation association, DemoFund fund,
                  DemoCommendations commendations, DemoLearningCentres centres) {
        this.units = units;
        this.registry = registry;
        this.association = association;
        this.fund = fund;
        this.commendations = commendations;
        this.centres = centres;
    }

    void load() {
        long started = System.nanoTime();
        long commune = DemoData.commune(units, "22969", LocalDate.now());
        registry.load(commune, DemoData.REGISTRY_SEED).ifPresent(loaded -> log.info(
                "Demo registry of Xã Liên Hương: {} households, {} persons, {} staff in {} ms", loaded.households(),
                loaded.persons(), loaded.staff(), (System.nanoTime() - started) / 1_000_000));
        association.load(commune, DemoData.REGISTRY_SEED).ifPresent(loaded -> log.info(
                "Demo association of Xã Liên Hương: {} branches, {} boards, {} members", loaded.branches(),
                loaded.boards(), loaded.members()));
        fund.load(commune, DemoData.REGISTRY_SEED).ifPresent(loaded -> log.info(
                "Demo funds of Xã Liên Hương: {} entries in {} funds", loaded.entries(), loaded.fundIds().size()));
        commendations.load(commune).ifPresent(written -> log.info(
                "Demo commendations of Xã Liên Hương: {} commendations and one proposal", written.size() - 1));
        centres.load(DemoData.REGISTRY_SEED).ifPresent(loaded -> log.info(
                "Demo learning centres: {} centres, {} activities, {} ratings", loaded.centreIds().size(),
                loaded.activities(), loaded.ratings()));
    }
}
