package vn.khuyenhoc.registry.generator;

import java.util.random.RandomGenerator;
import vn.khuyenhoc.registry.TargetGroup;

/**
 * Occupations of adults in a coastal commune and the target group each belongs to: farmers and fishermen are
 * FARMER, workers, traders and craftsmen WORKER, teachers and officials OFFICIAL, the retired and the rest OTHER.
 */
final class Occupations {

    record Occupation(String name, TargetGroup targetGroup) {
    }

    static final Occupation STUDENT = new Occupation("Học sinh, sinh viên", TargetGroup.OTHER);
    private static final Occupation FARMING = new Occupation("Làm nông", TargetGroup.FARMER);
    private static final Occupation FISHING = new Occupation("Ngư dân", TargetGroup.FARMER);
    private static final Occupation WORKER = new Occupation("Công nhân", TargetGroup.WORKER);
    private static final Occupation TRADER = new Occupation("Buôn bán", TargetGroup.WORKER);
    private static final Occupation CRAFTSMAN = new Occupation("Thợ thủ công", TargetGroup.WORKER);
    private static final Occupation SELF_EMPLOYED = new Occupation("Lao động tự do", TargetGroup.WORKER);
    private static final Occupation TEACHER = new Occupation("Giáo viên", TargetGroup.OFFICIAL);
    private static final Occupation OFFICIAL = new Occupation("Cán bộ, công chức", TargetGroup.OFFICIAL);
    private static final Occupation HEALTH = new Occupation("Nhân viên y tế", TargetGroup.OFFICIAL);
    private static final Occupation HOUSEWORK = new Occupation("Nội trợ", TargetGroup.OTHER);
    private static final Occupation RETIRED = new Occupation("Hưu trí", TargetGroup.OTHER);
    private static final Occupation OTHER = new Occupation("Khác", TargetGroup.OTHER);

    private static final Weighted<Occupation> WORKING_AGE = Weighted.of(
            FARMING, 24, FISHING, 13, WORKER, 13, TRADER, 12, CRAFTSMAN, 4, SELF_EMPLOYED, 9, TEACHER, 3.5,
            OFFICIAL, 3.5, HEALTH, 1, HOUSEWORK, 9, OTHER, 3);
    private static final Weighted<Occupation> OLDER = Weighted.of(
            FARMING, 30, FISHING, 4, TRADER, 10, RETIRED, 26, HOUSEWORK, 25, OTHER, 5);

    private static final int RETIREMENT_AGE = 60;

    private Occupations() {
    }

    static Occupation of(int age, RandomGenerator random) {
        return (age < RETIREMENT_AGE ? WORKING_AGE : OLDER).pick(random);
    }
}
