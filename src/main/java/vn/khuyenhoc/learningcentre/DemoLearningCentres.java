package vn.khuyenhoc.learningcentre;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.geography.UnitKind;
import vn.khuyenhoc.geography.Units;
import vn.khuyenhoc.learningcentre.centre.DemoCentres;

/**
 * The demo centres (dữ liệu mẫu): Xã Liên Hương's centre since 2005 with a director from the demo registry,
 * activities from 2022 on, visits reported for 2022–2024 and ratings from 2022; and the centres of the three
 * communes that became Xã Nhà Bè, with activities and ratings for 2022–2024, still open: their merger waits for an
 * officer to follow it (the list page offers it). Nothing is recorded for 2019, which tests use. Loads once, in
 * bulk, with one audit entry.
 */
@Service
public class DemoLearningCentres {

    static final LocalDate BEFORE_REFORM = LocalDate.of(2020, 1, 1);
    private final DemoCentres demo;
    private final Units units;
    private final AreaGuard guard;
    private final ApplicationEventPublisher events;

    DemoLearningCentres(DemoCentres demo, Units units, AreaGuard guard, ApplicationEventPublisher events) {
        this.demo = demo;
        this.units = units;
        this.guard = guard;
        this.events = events;
    }

    @Transactional
    public Optional<LearningCentreDemoLoaded> load(long seed) {
        var lienHuong = units.byCode("22969", UnitKind.COMMUNE, LocalDate.now());
        if (lienHuong.isEmpty() || demo.hasCentre(lienHuong.get().unitId())) {
            return Optional.empty();
        }
        guard.currentUser().ifPresent(user -> guard.requireWrite(lienHuong.get().unitId()));
        var random = new Random(seed);
        var centres = new ArrayList<Long>();
        int[] counts = new int[2];
        long lienHuongCentre = demo.centre(lienHuong.get().unitId(), "Trung tâm học tập cộng đồng xã Liên Hương",
                LocalDate.of(2005, 9, 15));
        demo.director(lienHuongCentre, lienHuong.get().unitId());
        centres.add(lienHuongCentre);
        counts[0] += demo.activities(lienHuongCentre, 2022, LocalDate.now().getYear(), random);
        demo.visits(lienHuongCentre, List.of(2022, 2023, 2024), random);
        counts[1] += demo.ratings(lienHuongCentre, List.of(2022, 2023, 2024, 2025), List.of("FAIR", "GOOD", "GOOD", "GOOD"));
        centres.addAll(nhaBe(random, counts));
        var loaded = new LearningCentreDemoLoaded(counts[0], counts[1], centres);
        events.publishEvent(loaded);
        return Optional.of(loaded);
    }

    /** The centres of the three communes that became Xã Nhà Bè, open and waiting for their merger. */
    private List<Long> nhaBe(Random random, int[] counts) {
        String[][] communes = {{"27643", "Trung tâm học tập cộng đồng thị trấn Nhà Bè"},
                {"27649", "Trung tâm học tập cộng đồng xã Phước Lộc"}, {"27655", "Trung tâm học tập cộng đồng xã Phú Xuân"}};
        var centres = new ArrayList<Long>();
        for (String[] commune : communes) {
            var unit = units.byCode(commune[0], UnitKind.COMMUNE, BEFORE_REFORM);
            if (unit.isPresent()) {
                long centre = demo.centre(unit.get().unitId(), commune[1], LocalDate.of(2008, 3, 1));
                centres.add(centre);
                counts[0] += demo.activities(centre, 2022, 2024, random);
                counts[1] += demo.ratings(centre, List.of(2022, 2023, 2024), List.of(
                        DemoCentres.RATINGS[random.nextInt(3)], DemoCentres.RATINGS[random.nextInt(3)],
                        DemoCentres.RATINGS[random.nextInt(2)]));
            }
        }
        return centres;
    }
}
