package vn.khuyenhoc.registry.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import vn.khuyenhoc.registry.demo.DemoHousehold.Residence;
import vn.khuyenhoc.registry.generator.GeneratedHousehold;
import vn.khuyenhoc.registry.generator.HouseholdGenerator;

/**
 * Gives the demo households a history that matches the commune's reports: about 7,100 households at the end of
 * 2016 and 7,900 at the end of 2019, the rest since; a few closed after 2016 and a few moved to another khu
 * phố. No household starts before its head was 20.
 */
public final class DemoTimeline {

    public static final int BY_2016 = 7_120;
    public static final int ADDED_2017_TO_2019 = 810;
    public static final int CLOSED = 60;
    public static final int MOVED = 40;
    private static final LocalDate FIRST = LocalDate.of(1975, 5, 1);
    private static final LocalDate END_2016 = LocalDate.of(2016, 12, 31);
    private static final LocalDate END_2019 = LocalDate.of(2019, 12, 31);

    private final SplittableRandom random;
    private final LocalDate today;

    public DemoTimeline(long seed, LocalDate today) {
        this.random = new SplittableRandom(seed);
        this.today = today;
    }

    /** The households in their final order (oldest first), each with its since day, closure and residences. */
    public List<DemoHousehold> arrange(List<GeneratedHousehold> generated, List<String> villageCodes) {
        var dated = dated(generated);
        var closed = new HashMap<Integer, LocalDate>();
        for (int n = 0; n < CLOSED; n++) {
            int i = random.nextInt(BY_2016 + ADDED_2017_TO_2019);
            closed.putIfAbsent(i, dayBetween(later(dated.get(i).since(), LocalDate.of(2017, 1, 1)), today));
        }
        var next = nextNumbers(generated);
        var result = new ArrayList<DemoHousehold>(dated.size());
        for (int i = 0; i < dated.size(); i++) {
            var household = dated.get(i);
            var closedOn = closed.get(i);
            boolean moves = closedOn == null && random.nextInt(dated.size()) < MOVED;
            result.add(moves ? moved(household, villageCodes, next)
                    : new DemoHousehold(household, closedOn, List.of(new Residence(household.villageCode(),
                            household.since(), closedOn))));
        }
        return result;
    }

    /** Shuffled, then those whose head was 20 only lately go last, so the first 7,120 can all date before 2017. */
    private List<GeneratedHousehold> dated(List<GeneratedHousehold> generated) {
        var order = new ArrayList<>(generated);
        for (int i = order.size() - 1; i > 0; i--) {
            Collections.swap(order, i, random.nextInt(i + 1));
        }
        order.sort(Comparator.comparing(this::earliest, (a, b) -> Integer.compare(bucket(a), bucket(b))));
        var result = new ArrayList<GeneratedHousehold>(order.size());
        for (int i = 0; i < order.size(); i++) {
            var household = order.get(i);
            LocalDate from = i < BY_2016 ? FIRST : i < BY_2016 + ADDED_2017_TO_2019 ? END_2016.plusDays(1)
                    : END_2019.plusDays(1);
            LocalDate to = i < BY_2016 ? END_2016 : i < BY_2016 + ADDED_2017_TO_2019 ? END_2019 : today;
            result.add(household.withSince(dayBetween(later(from, earliest(household)), to)));
        }
        result.sort(Comparator.comparing(GeneratedHousehold::since));
        return result;
    }

    private DemoHousehold moved(GeneratedHousehold household, List<String> villageCodes, Map<String, Integer> next) {
        String from = household.villageCode();
        String to = villageCodes.get(random.nextInt(villageCodes.size()));
        LocalDate on = dayBetween(later(household.since().plusYears(1), LocalDate.of(2018, 1, 1)), today);
        if (to.equals(from) || !on.isAfter(household.since()) || !on.isBefore(today)) {
            return new DemoHousehold(household, null, List.of(new Residence(from, household.since(), null)));
        }
        var now = household.withVillage(to, HouseholdGenerator.code(next.merge(to, 1, Integer::sum)));
        return new DemoHousehold(now, null, List.of(new Residence(from, household.since(), on.minusDays(1)),
                new Residence(to, on, null)));
    }

    private static Map<String, Integer> nextNumbers(List<GeneratedHousehold> generated) {
        var counts = new HashMap<String, Integer>();
        generated.forEach(household -> counts.merge(household.villageCode(), 1, Integer::sum));
        return counts;
    }

    private LocalDate earliest(GeneratedHousehold household) {
        return later(FIRST, LocalDate.of(household.head().birthYear() + 20, 1, 1));
    }

    private static int bucket(LocalDate earliest) {
        return earliest.isAfter(END_2019) ? 2 : earliest.isAfter(END_2016) ? 1 : 0;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private LocalDate dayBetween(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return from;
        }
        return from.plusDays(random.nextLong(to.toEpochDay() - from.toEpochDay() + 1));
    }
}
