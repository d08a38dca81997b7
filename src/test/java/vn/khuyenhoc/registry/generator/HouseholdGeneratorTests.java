package vn.khuyenhoc.registry.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.khuyenhoc.registry.Relation;
import vn.khuyenhoc.registry.SchoolLevel;
import vn.khuyenhoc.registry.Sex;

/** The generator makes the same believable households for the same seed. */
class HouseholdGeneratorTests {

    private static final int YEAR = 2026;
    private static final List<String> VILLAGES = List.of("22969-001", "22969-002", "22969-003");
    private final List<GeneratedHousehold> households =
            new HouseholdGenerator(42).asOf(YEAR).generate(VILLAGES, 20_000);

    @Test
    void theSameSeedGivesTheSameHouseholdsAndAnotherSeedOthers() {
        assertThat(new HouseholdGenerator(42).asOf(YEAR).generate(VILLAGES, 20_000)).isEqualTo(households);
        assertThat(new HouseholdGenerator(43).asOf(YEAR).generate(VILLAGES, 100))
                .isNotEqualTo(households.subList(0, 100));
    }

    @Test
    void everyHouseholdHasExactlyOneHeadListedFirstAndOneToEightMembers() {
        for (var household : households) {
            assertThat(household.members()).hasSizeBetween(1, 8);
            assertThat(household.members().get(0).relation()).isEqualTo(Relation.HEAD);
            assertThat(household.members()).filteredOn(m -> m.relation() == Relation.HEAD).hasSize(1);
        }
    }

    @Test
    void codesAreDistinctWithinAVillageAndEveryVillageGetsHouseholds() {
        var seen = new HashSet<String>();
        for (var household : households) {
            assertThat(seen.add(household.villageCode() + "/" + household.code())).isTrue();
        }
        assertThat(households).extracting(GeneratedHousehold::villageCode).containsAll(VILLAGES);
        assertThat(households.get(0).code()).matches("HGD-\\d{4,}");
    }

    @Test
    void childrenAreAtLeastSixteenYearsYoungerThanTheirParents() {
        for (var household : households) {
            var head = household.head();
            for (var member : household.members()) {
                int younger = member.birthYear() - head.birthYear();
                switch (member.relation()) {
                    case CHILD -> assertThat(parentsOf(household, Relation.HEAD, Relation.SPOUSE))
                            .allSatisfy(year -> assertThat(member.birthYear() - year).isGreaterThanOrEqualTo(16));
                    case GRANDCHILD -> assertThat(younger).isGreaterThanOrEqualTo(32);
                    case PARENT -> assertThat(younger).isLessThanOrEqualTo(-16);
                    default -> assertThat(YEAR - member.birthYear()).isBetween(16, 100);
                }
            }
        }
    }

    @Test
    void grandchildrenAreYoungerThanTheMarriedCoupleOfTheirParents() {
        for (var household : households) {
            for (int year : parentsOf(household, Relation.CHILD_IN_LAW)) {
                assertThat(household.members()).filteredOn(m -> m.relation() == Relation.GRANDCHILD)
                        .allSatisfy(child -> assertThat(child.birthYear() - year).isGreaterThanOrEqualTo(16));
            }
        }
    }

    @Test
    void theDistributionIsRoughlyThatOfAVietnameseCommune() {
        var members = households.stream().flatMap(h -> h.members().stream()).toList();
        double perHousehold = (double) members.size() / households.size();
        long maleHeads = households.stream().filter(h -> h.head().sex() == Sex.MALE).count();
        long nguyen = members.stream().filter(m -> m.fullName().startsWith("Nguyễn ")).count();
        long withPhone = households.stream().filter(h -> h.phone() != null).count();
        assertThat(perHousehold).isBetween(3.6, 4.4);
        assertThat((double) maleHeads / households.size()).isBetween(0.66, 0.74);
        assertThat((double) nguyen / members.size()).isBetween(0.32, 0.44);
        assertThat((double) withPhone / households.size()).isBetween(0.75, 0.85);
        assertThat(households).allSatisfy(h -> assertThat(h.phone() == null || h.phone().matches("0[35789]\\d{8}"))
                .isTrue());
    }

    @Test
    void schoolLevelFollowsTheAgeAndOnlyAdultsHaveATargetGroup() {
        for (var member : households.stream().flatMap(h -> h.members().stream()).toList()) {
            int age = YEAR - member.birthYear();
            if (member.schoolLevel() == SchoolLevel.PRIMARY) {
                assertThat(age).isBetween(6, 10);
            }
            if (member.schoolLevel() == SchoolLevel.HIGHER) {
                assertThat(age).isBetween(18, 22);
            }
            assertThat(member.targetGroup() != null).isEqualTo(age >= 18);
            assertThat(member.fullName().split(" ")).hasSize(3);
        }
    }

    @Test
    void sinceDaysAndClansFollowTheSettings() {
        var from = LocalDate.of(2017, 1, 1);
        var to = LocalDate.of(2019, 12, 31);
        var clanned = new HouseholdGenerator(7).asOf(YEAR).since(from, to).clans(Map.of("Nguyễn", "NGUYEN"), 1.0)
                .generate(VILLAGES, 2_000);
        assertThat(clanned).allSatisfy(h -> assertThat(h.since()).isBetween(from, to));
        assertThat(clanned).filteredOn(h -> "NGUYEN".equals(h.clanCode())).hasSizeBetween(600, 900);
        assertThat(households).allSatisfy(h -> assertThat(h.clanCode()).isNull());
    }

    private static List<Integer> parentsOf(GeneratedHousehold household, Relation... relations) {
        var wanted = List.of(relations);
        return household.members().stream().filter(m -> wanted.contains(m.relation()))
                .map(GeneratedMember::birthYear).toList();
    }
}
