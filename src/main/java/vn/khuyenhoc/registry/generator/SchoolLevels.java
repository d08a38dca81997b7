package vn.khuyenhoc.registry.generator;

import java.util.random.RandomGenerator;
import vn.khuyenhoc.registry.SchoolLevel;

/** The school level a child of an age is at, with enrolment rates falling after lower secondary. */
final class SchoolLevels {

    private SchoolLevels() {
    }

    static SchoolLevel forAge(int age, RandomGenerator random) {
        double u = random.nextDouble();
        if (age >= 3 && age <= 5) {
            return u < 0.85 ? SchoolLevel.PRESCHOOL : null;
        }
        if (age >= 6 && age <= 10) {
            return u < 0.99 ? SchoolLevel.PRIMARY : null;
        }
        if (age >= 11 && age <= 14) {
            return u < 0.93 ? SchoolLevel.LOWER_SECONDARY : null;
        }
        if (age >= 15 && age <= 17) {
            return u < 0.72 ? SchoolLevel.UPPER_SECONDARY : null;
        }
        if (age >= 18 && age <= 22) {
            return u < 0.26 ? SchoolLevel.HIGHER : u < 0.34 ? SchoolLevel.VOCATIONAL : null;
        }
        return null;
    }
}
