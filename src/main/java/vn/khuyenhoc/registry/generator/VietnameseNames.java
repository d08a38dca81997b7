package vn.khuyenhoc.registry.generator;

import java.util.random.RandomGenerator;
import vn.khuyenhoc.registry.Sex;

/**
 * Vietnamese full names (họ, tên đệm, tên) as they occur: surnames weighted by their share of the population
 * (Nguyễn about 38%), middle names by sex (Văn and Thị most of all, less so for the young), given names by sex.
 */
final class VietnameseNames {

    static final Weighted<String> SURNAMES = Weighted.of(
            "Nguyễn", 38.0, "Trần", 11.0, "Lê", 9.5, "Phạm", 7.0, "Huỳnh", 3.0, "Hoàng", 2.0, "Phan", 4.5,
            "Võ", 3.0, "Vũ", 1.5, "Đặng", 2.1, "Bùi", 2.0, "Đỗ", 1.4, "Hồ", 1.3, "Ngô", 1.3, "Dương", 1.0,
            "Lý", 0.5, "Đinh", 0.6, "Trương", 0.7, "Lương", 0.4, "Mai", 0.4, "Cao", 0.3, "Lâm", 0.3, "Châu", 0.2,
            "Tạ", 0.2, "Đoàn", 0.5, "Thái", 0.2);

    private static final Weighted<String> MALE_MIDDLE = Weighted.of(
            "Văn", 40, "Hữu", 8, "Đức", 8, "Minh", 9, "Quốc", 6, "Công", 6, "Thành", 5, "Ngọc", 4, "Xuân", 3,
            "Thanh", 4, "Anh", 3, "Hoàng", 2, "Tấn", 4, "Trọng", 2);
    private static final Weighted<String> MALE_MIDDLE_YOUNG = Weighted.of(
            "Văn", 12, "Hữu", 5, "Đức", 10, "Minh", 15, "Quốc", 8, "Công", 5, "Thành", 6, "Gia", 8, "Bảo", 6,
            "Anh", 6, "Hoàng", 5, "Nhật", 5, "Tuấn", 4, "Trung", 4);
    private static final Weighted<String> FEMALE_MIDDLE = Weighted.of(
            "Thị", 60, "Ngọc", 7, "Thanh", 6, "Thu", 5, "Kim", 5, "Mỹ", 3, "Hồng", 4, "Minh", 2, "Bích", 3,
            "Xuân", 3, "Phương", 2);
    private static final Weighted<String> FEMALE_MIDDLE_YOUNG = Weighted.of(
            "Thị", 18, "Ngọc", 12, "Thanh", 6, "Thu", 6, "Kim", 5, "Mỹ", 6, "Bảo", 8, "Minh", 6, "Gia", 6,
            "Khánh", 6, "Phương", 6, "Hoài", 5, "Diệu", 4, "Quỳnh", 4);
    private static final Weighted<String> MALE_GIVEN = Weighted.uniform(new String[] {
            "An", "Bình", "Cường", "Dũng", "Đức", "Hải", "Hùng", "Huy", "Hoàng", "Khánh", "Long", "Minh", "Nam",
            "Phong", "Phúc", "Quang", "Sơn", "Tài", "Thắng", "Thành", "Tiến", "Trung", "Tuấn", "Việt", "Vinh",
            "Bảo", "Khoa", "Đạt", "Hiếu", "Lâm", "Lộc", "Nghĩa", "Nhân", "Phát", "Quân", "Tâm", "Thịnh", "Toàn",
            "Trí", "Tùng", "Vũ", "Hưng", "Kiên", "Lực", "Sang", "Tín", "Thuận", "Hòa", "Công", "Duy"});
    private static final Weighted<String> FEMALE_GIVEN = Weighted.uniform(new String[] {
            "Anh", "Châu", "Dung", "Hà", "Hạnh", "Hoa", "Hồng", "Hương", "Lan", "Linh", "Loan", "Mai", "My",
            "Ngọc", "Nhung", "Oanh", "Phương", "Quỳnh", "Thảo", "Thu", "Trang", "Tuyết", "Vân", "Yến", "Nga",
            "Hiền", "Huyền", "Thủy", "Xuân", "Diệp", "Liên", "Lệ", "Nhàn", "Nhi", "Tâm", "Thanh", "Thúy", "Trinh",
            "Uyên", "Vy", "Hằng", "Giang", "Kiều", "Ly", "Ngân", "Nương", "Sen", "Thắm", "Trâm", "Cúc"});

    /** Younger parents choose from a wider, more modern set of middle names. */
    private static final int YOUNG_FROM = 1995;

    private VietnameseNames() {
    }

    static String surname(RandomGenerator random) {
        return SURNAMES.pick(random);
    }

    static String fullName(String surname, Sex sex, int birthYear, RandomGenerator random) {
        boolean young = birthYear >= YOUNG_FROM;
        String middle = sex == Sex.MALE
                ? (young ? MALE_MIDDLE_YOUNG : MALE_MIDDLE).pick(random)
                : (young ? FEMALE_MIDDLE_YOUNG : FEMALE_MIDDLE).pick(random);
        String given = (sex == Sex.MALE ? MALE_GIVEN : FEMALE_GIVEN).pick(random);
        return surname + ' ' + middle + ' ' + given;
    }
}
