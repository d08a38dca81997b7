package vn.khuyenhoc.registry.generator;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import vn.khuyenhoc.registry.Relation;
import vn.khuyenhoc.registry.Sex;

/**
 * The project's generator of believable Vietnamese households for any list of villages, for the demo, tests
 * and benchmarks. The same seed and settings give the same households; villages get uneven shares, codes are
 * numbered per village ("HGD-0001"), about four members each (one to eight).
 */
public final class HouseholdGenerator {

    private static final String[] STREETS = {"Nguyễn Huệ", "Trần Hưng Đạo", "Lê Lợi", "Quang Trung",
        "Hai Bà Trưng", "Lý Thường Kiệt", "Nguyễn Trãi", "Võ Thị Sáu", "Phan Bội Châu", "Ngô Quyền", "17 Tháng 4",
        "Lê Hồng Phong", "Nguyễn Văn Linh", "Trần Phú", "Hùng Vương", "Bạch Đằng", "Nguyễn Du", "Lê Duẩn"};
    private static final String[] PHONE_PREFIXES = {"090", "091", "093", "094", "096", "097", "098", "032", "033",
        "034", "035", "036", "037", "038", "039", "070", "076", "077", "078", "079", "081", "083", "084", "085",
        "086", "088", "089"};

    private final long seed;
    private final int year;
    private final LocalDate sinceFrom;
    private final LocalDate sinceTo;
    private final Map<String, String> clanBySurname;
    private final double clanShare;

    public HouseholdGenerator(long seed) {
        this(seed, Year.now().getValue(), LocalDate.of(1990, 1, 1), LocalDate.of(Year.now().getValue(), 1, 1),
                Map.of(), 0);
    }

    private HouseholdGenerator(long seed, int year, LocalDate sinceFrom, LocalDate sinceTo,
                               Map<String, String> clanBySurname, double clanShare) {
        this.seed = seed;
        this.year = year;
        this.sinceFrom = sinceFrom;
        this.sinceTo = sinceTo;
        this.clanBySurname = Map.copyOf(clanBySurname);
        this.clanShare = clanShare;
    }

    /** Ages (and so school levels) are as of this year; the default is the current year. */
    public HouseholdGenerator asOf(int referenceYear) {
        return new HouseholdGenerator(seed, referenceYear, sinceFrom, sinceTo, clanBySurname, clanShare);
    }

    /** Households are recorded on a day drawn evenly from this range (inclusive). */
    public HouseholdGenerator since(LocalDate from, LocalDate to) {
        return new HouseholdGenerator(seed, year, from, to, clanBySurname, clanShare);
    }

    /** A household whose head's family (the father's surname) has a clan joins it with this probability. */
    public HouseholdGenerator clans(Map<String, String> clanCodeBySurname, double share) {
        return new HouseholdGenerator(seed, year, sinceFrom, sinceTo, clanCodeBySurname, share);
    }

    public List<GeneratedHousehold> generate(List<String> villageCodes, int count) {
        return stream(villageCodes, count).toList();
    }

    /** The households one by one, so that a benchmark can write 100,000 without holding them. */
    public Stream<GeneratedHousehold> stream(List<String> villageCodes, int count) {
        if (villageCodes.isEmpty()) {
            throw new IllegalArgumentException("No village to generate households for");
        }
        var random = new SplittableRandom(seed);
        Weighted<Integer> villages = villageWeights(villageCodes.size(), random);
        int[] numbers = new int[villageCodes.size()];
        return Stream.iterate(0, i -> i < count, i -> i + 1).map(i -> {
            int village = villages.pick(random);
            return household(villageCodes.get(village), ++numbers[village], random);
        });
    }

    private static Weighted<Integer> villageWeights(int villages, SplittableRandom random) {
        Object[] pairs = new Object[villages * 2];
        for (int v = 0; v < villages; v++) {
            pairs[2 * v] = v;
            pairs[2 * v + 1] = 0.6 + 0.8 * random.nextDouble();
        }
        return Weighted.of(pairs);
    }

    private GeneratedHousehold household(String villageCode, int number, SplittableRandom random) {
        Sex headSex = random.nextDouble() < 0.7 ? Sex.MALE : Sex.FEMALE;
        int headAge = random.nextDouble() < 0.05 ? 75 + random.nextInt(15)
                : 22 + (int) ((random.nextDouble() + random.nextDouble()) * 28);
        String surname = VietnameseNames.surname(random);
        var members = new Family(random, year).build(surname, headSex, headAge);
        return new GeneratedHousehold(villageCode, code(number), address(random), phone(random),
                clan(members, random), sinceDay(random), members);
    }

    /** A household's family is the father's: the head's, or the husband's when a woman heads it. */
    private String clan(List<GeneratedMember> members, SplittableRandom random) {
        if (clanBySurname.isEmpty()) {
            return null;
        }
        GeneratedMember head = members.get(0);
        boolean husband = head.sex() == Sex.FEMALE && members.size() > 1
                && members.get(1).relation() == Relation.SPOUSE;
        String name = (husband ? members.get(1) : head).fullName();
        String code = clanBySurname.get(name.substring(0, name.indexOf(' ')));
        return code != null && random.nextDouble() < clanShare ? code : null;
    }

    private LocalDate sinceDay(SplittableRandom random) {
        long from = sinceFrom.toEpochDay();
        return LocalDate.ofEpochDay(from + random.nextLong(sinceTo.toEpochDay() - from + 1));
    }

    /** The code of the n-th household of a village, "HGD-0001". */
    public static String code(int number) {
        return "HGD-" + padded(number, 4);
    }

    private static String address(SplittableRandom random) {
        if (random.nextDouble() < 0.4) {
            return "Tổ " + (1 + random.nextInt(12));
        }
        return "Số " + (1 + random.nextInt(250)) + ", đường " + STREETS[random.nextInt(STREETS.length)];
    }

    private static String phone(SplittableRandom random) {
        if (random.nextDouble() < 0.2) {
            return null;
        }
        return PHONE_PREFIXES[random.nextInt(PHONE_PREFIXES.length)] + padded(random.nextInt(10_000_000), 7);
    }

    static String padded(int number, int width) {
        String digits = Integer.toString(number);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
