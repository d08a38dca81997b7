package vn.khuyenhoc.registry.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import vn.khuyenhoc.registry.Relation;
import vn.khuyenhoc.registry.SchoolLevel;
import vn.khuyenhoc.registry.Sex;

/**
 * The members of one generated household: a head, usually a spouse, children born when both parents were at
 * least 18, sometimes the head's parents or a married child with grandchildren. Children take their father's
 * surname. Ages are as of the reference year; school level and occupation follow from the age.
 */
final class Family {

    static final int MAX_MEMBERS = 8;
    static final int MIN_PARENT_AGE = 18;
    private static final int LAST_BIRTH_AGE = 44;
    private static final Weighted<Integer> YOUNG_COUPLE = Weighted.of(0, 35, 1, 45, 2, 20);
    private static final Weighted<Integer> PARENTS = Weighted.of(0, 6, 1, 20, 2, 40, 3, 24, 4, 10);
    private static final Weighted<Integer> OLDER = Weighted.of(0, 30, 1, 35, 2, 23, 3, 12);
    private static final Weighted<Integer> ELDERLY = Weighted.of(0, 60, 1, 30, 2, 10);

    private final RandomGenerator random;
    private final int year;
    private final List<GeneratedMember> members = new ArrayList<>(MAX_MEMBERS);

    Family(RandomGenerator random, int year) {
        this.random = random;
        this.year = year;
    }

    /** The members, the head first; {@code headSurname} is the head's surname (the clan follows the father's). */
    List<GeneratedMember> build(String headSurname, Sex headSex, int headAge) {
        add(headSurname, headSex, headAge, Relation.HEAD);
        Sex other = headSex == Sex.MALE ? Sex.FEMALE : Sex.MALE;
        int spouseAge = -1;
        String spouseSurname = VietnameseNames.surname(random);
        if (random.nextDouble() < spouseChance(headSex, headAge)) {
            spouseAge = Math.max(MIN_PARENT_AGE, headSex == Sex.MALE ? headAge - random.nextInt(7)
                    : headAge + random.nextInt(-2, 7));
            add(spouseSurname, other, spouseAge, Relation.SPOUSE);
        }
        String fatherSurname = headSex == Sex.MALE ? headSurname : spouseSurname;
        int youngestParent = spouseAge < 0 ? headAge : Math.min(headAge, spouseAge);
        children(fatherSurname, youngestParent, childCount(headAge));
        if (headAge >= 50 && random.nextDouble() < 0.45) {
            marriedChildWithGrandchildren();
        }
        if (headAge < 50 && random.nextDouble() < 0.2) {
            parents(headSurname, headAge);
        }
        return List.copyOf(members);
    }

    private static double spouseChance(Sex headSex, int headAge) {
        if (headSex == Sex.MALE) {
            return headAge < 70 ? 0.9 : 0.6;
        }
        return headAge < 70 ? 0.4 : 0.15;
    }

    /** Young couples have few children yet; older heads' children have mostly left home. */
    private int childCount(int headAge) {
        var counts = headAge < 30 ? YOUNG_COUPLE : headAge < 55 ? PARENTS : headAge < 70 ? OLDER : ELDERLY;
        return counts.pick(random);
    }

    private void children(String surname, int youngestParent, int count) {
        int oldest = youngestParent - MIN_PARENT_AGE;
        int youngest = Math.max(0, youngestParent - LAST_BIRTH_AGE);
        for (int i = 0; i < count && oldest >= youngest && members.size() < MAX_MEMBERS; i++) {
            add(surname, randomSex(), random.nextInt(youngest, oldest + 1), Relation.CHILD);
        }
    }

    /** A son (or, less often, a daughter) stays with their spouse and children. */
    private void marriedChildWithGrandchildren() {
        GeneratedMember child = members.stream().filter(m -> m.relation() == Relation.CHILD)
                .filter(m -> year - m.birthYear() >= 24).findFirst().orElse(null);
        if (child == null || members.size() > MAX_MEMBERS - 2) {
            return;
        }
        int childAge = year - child.birthYear();
        Sex inLawSex = child.sex() == Sex.MALE ? Sex.FEMALE : Sex.MALE;
        String inLawSurname = VietnameseNames.surname(random);
        int inLawAge = Math.max(MIN_PARENT_AGE + 2, childAge + random.nextInt(-3, 4));
        add(inLawSurname, inLawSex, inLawAge, Relation.CHILD_IN_LAW);
        String grandchildSurname = child.sex() == Sex.MALE ? surnameOf(child) : inLawSurname;
        int oldest = Math.min(childAge, inLawAge) - MIN_PARENT_AGE;
        int count = 1 + random.nextInt(2);
        for (int i = 0; i < count && members.size() < MAX_MEMBERS; i++) {
            add(grandchildSurname, randomSex(), random.nextInt(0, Math.max(1, Math.min(oldest, 15))),
                    Relation.GRANDCHILD);
        }
    }

    /** One or both of the head's parents; the father shares the head's surname. */
    private void parents(String headSurname, int headAge) {
        int fatherAge = Math.min(95, headAge + random.nextInt(22, 36));
        double u = random.nextDouble();
        if (u < 0.45) {
            add(headSurname, Sex.MALE, fatherAge, Relation.PARENT);
        }
        if ((u < 0.3 || u >= 0.45) && members.size() < MAX_MEMBERS) {
            add(VietnameseNames.surname(random), Sex.FEMALE, Math.max(headAge + 20, fatherAge - random.nextInt(6)),
                    Relation.PARENT);
        }
    }

    private void add(String surname, Sex sex, int age, Relation relation) {
        int birthYear = year - age;
        SchoolLevel school = SchoolLevels.forAge(age, random);
        Occupations.Occupation job = age < MIN_PARENT_AGE ? null
                : school != null ? Occupations.STUDENT : Occupations.of(age, random);
        members.add(new GeneratedMember(VietnameseNames.fullName(surname, sex, birthYear, random), birthYear, sex,
                relation, school, job == null ? null : job.name(), job == null ? null : job.targetGroup()));
    }

    private Sex randomSex() {
        return random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
    }

    private static String surnameOf(GeneratedMember member) {
        return member.fullName().substring(0, member.fullName().indexOf(' '));
    }
}
