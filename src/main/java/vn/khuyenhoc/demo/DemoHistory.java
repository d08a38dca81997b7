package vn.khuyenhoc.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.geography.UnitKind;
import vn.khuyenhoc.geography.Units;

/**
 * The demo's years: the past rounds of Xã Liên Hương, the 2022 pilot of Xã Nhà Bè's old communes and its current
 * round (ADR 0016), then the statistics of those years.
 */
@Component
class DemoHistory {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);
    private final Units units;
    private final DemoRounds rounds;
    private final DemoNhaBe nhaBe;
    private final DemoNhaBeRound nhaBeRound;
    private final DemoFigures figures;

    DemoHistory(Units units, DemoRounds rounds, DemoNhaBe nhaBe, DemoNhaBeRound nhaBeRound, DemoFigures figures) {
        this.units = units;
        this.rounds = rounds;
        this.nhaBe = nhaBe;
        this.nhaBeRound = nhaBeRound;
        this.figures = figures;
    }

    void load() {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now();
        int recorded = rounds.load(DemoData.commune(units, "22969", today), DemoData.REGISTRY_SEED);
        LocalDate pilotYear = LocalDate.of(2022, 12, 31);
        var oldCommunes = new LinkedHashMap<String, Long>();
        for (String code : List.of("27643", "27649", "27655")) {
            oldCommunes.put(code, DemoData.commune(units, code, pilotYear));
        }
        long nhaBeCommune = DemoData.commune(units, "27655", today);
        int pilot = nhaBe.load(nhaBeCommune, oldCommunes, DemoData.NHA_BE_SEED);
        long city = units.byCode("79", UnitKind.PROVINCE, today)
                .orElseThrow(() -> new IllegalStateException("Demo province 79 is missing")).unitId();
        int current = pilot == 0 ? 0 : nhaBeRound.load(nhaBeCommune, city);
        log.info("Demo rounds: {} past rounds of Xã Liên Hương; Nhà Bè: the 2022 pilot with {} citizens and the {} "
                + "round with {}, in {} ms", recorded, pilot, DemoNhaBeRound.YEAR, current,
                (System.nanoTime() - started) / 1_000_000);
        log.info("Demo statistics: {} count rows for the years {}", figures.recompute(), DemoFigures.YEARS);
    }
}
