package vn.khuyenhoc.registry.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import vn.khuyenhoc.registry.Relation;
import vn.khuyenhoc.registry.TargetGroup;
import vn.khuyenhoc.registry.generator.GeneratedMember;
import vn.khuyenhoc.registry.generator.HouseholdGenerator;

/**
 * Staffs the demo organisations: about 60% are people of the commune's households whose occupation fits (the
 * teachers of the schools, the officials of the agencies, the workers of the company), the rest live elsewhere
 * and exist in the registry only as staff.
 */
public final class DemoStaffing {

    private static final double FROM_THE_COMMUNE = 0.6;
    private static final int YOUNGEST = 22;
    private static final int OLDEST = 59;

    private final SplittableRandom random;
    private final int year;
    private final LocalDate today;

    public DemoStaffing(long seed, LocalDate today) {
        this.random = new SplittableRandom(seed);
        this.year = today.getYear();
        this.today = today;
    }

    public List<DemoStaff> choose(List<DemoHousehold> households) {
        Map<String, List<GeneratedMember>> candidates = candidates(households);
        var outsiders = outsiders();
        var staff = new ArrayList<DemoStaff>();
        for (int o = 0; o < DemoCommune.ORGANISATIONS.size(); o++) {
            var organisation = DemoCommune.ORGANISATIONS.get(o);
            String occupation = occupation(organisation.staffTitle());
            var pool = candidates.getOrDefault(occupation, new ArrayList<>());
            for (int s = 0; s < organisation.staff(); s++) {
                GeneratedMember person = random.nextDouble() < FROM_THE_COMMUNE && !pool.isEmpty()
                        ? pool.remove(pool.size() - 1) : outsider(outsiders, occupation, organisation.staffGroup());
                staff.add(new DemoStaff(o, person, s == 0 ? organisation.headTitle() : organisation.staffTitle(),
                        joinedOn(organisation.since(), person.birthYear())));
            }
        }
        return staff;
    }

    private Map<String, List<GeneratedMember>> candidates(List<DemoHousehold> households) {
        var byOccupation = new HashMap<String, List<GeneratedMember>>();
        for (var household : households) {
            if (household.closedOn() != null) {
                continue;
            }
            for (var member : household.household().members()) {
                int age = year - member.birthYear();
                if (member.occupation() != null && age >= YOUNGEST && age <= OLDEST) {
                    byOccupation.computeIfAbsent(member.occupation(), k -> new ArrayList<>()).add(member);
                }
            }
        }
        byOccupation.values().forEach(list -> Collections.shuffle(list, new Random(random.nextLong())));
        return byOccupation;
    }

    /** Working-age adults of households elsewhere, whose names and ages the staff from outside take. */
    private List<GeneratedMember> outsiders() {
        return new HouseholdGenerator(random.nextLong()).asOf(year).generate(List.of("-"), 400).stream()
                .flatMap(h -> h.members().stream())
                .filter(m -> year - m.birthYear() >= YOUNGEST && year - m.birthYear() <= OLDEST)
                .collect(Collectors.toCollection(ArrayList::new));
    }

    private static GeneratedMember outsider(List<GeneratedMember> outsiders, String occupation,
                                            TargetGroup group) {
        var someone = outsiders.remove(outsiders.size() - 1);
        return new GeneratedMember(someone.fullName(), someone.birthYear(), someone.sex(), Relation.OTHER, null,
                occupation, group);
    }

    static String occupation(String staffTitle) {
        return switch (staffTitle) {
            case "Công chức", "Cán bộ" -> "Cán bộ, công chức";
            default -> staffTitle;
        };
    }

    private LocalDate joinedOn(LocalDate since, int birthYear) {
        LocalDate from = LocalDate.of(birthYear + YOUNGEST, 1, 1);
        from = from.isBefore(since) ? since : from;
        if (!from.isBefore(today)) {
            return today;
        }
        return from.plusDays(random.nextLong(today.toEpochDay() - from.toEpochDay()));
    }
}
