package vn.khuyenhoc.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.criteria.CriteriaSet;
import vn.khuyenhoc.criteria.Title;
import vn.khuyenhoc.round.DecisionForm;
import vn.khuyenhoc.round.PastRound;
import vn.khuyenhoc.round.PastRounds;

/**
 * The past rounds of Xã Liên Hương as its reports tell them: Gia đình học tập 2.631 households recognised in 2016
 * and 5.557 in 2019, Cộng đồng học tập 3 of 14 khu phố in 2016 and 8 in 2019, Đơn vị học tập (cấp xã quản lý)
 * 6 of 7 units in 2016 and 8 of 8 in 2019 (the reports' 8 and 10 counted the school and the police post the
 * province manages, which are not the commune's subjects), and, after the reform, 7 of 8 for 2025 decided by the
 * new commune in March 2026. Subjects are drawn from the demo registry with a fixed seed, in the village they
 * lived in that year.
 */
@Component
class DemoRounds {

    static final int HOUSEHOLDS_2016 = 2_631;
    static final int HOUSEHOLDS_2019 = 5_557;
    private static final String TOWN = "Ủy ban nhân dân thị trấn Liên Hương";
    private static final String COMMUNE = "Ủy ban nhân dân xã Liên Hương";
    private final PastRounds rounds;
    private final DemoSubjects subjects;

    DemoRounds(PastRounds rounds, DemoSubjects subjects) {
        this.rounds = rounds;
        this.subjects = subjects;
    }

    /** Records the seven rounds; answers how many. */
    int load(long communeId, long seed) {
        List<Long> recognised2016 = households(communeId, 2016, 2_940, HOUSEHOLDS_2016, Set.of(), seed,
                new DecisionForm("12/QĐ-UBND", LocalDate.of(2017, 3, 10), "Nguyễn Minh Hải", "Chủ tịch", TOWN, null));
        households(communeId, 2019, 6_010, HOUSEHOLDS_2019, Set.copyOf(recognised2016), seed,
                new DecisionForm("21/QĐ-UBND", LocalDate.of(2020, 3, 12), "Lê Văn Thành", "Phó Chủ tịch", TOWN, null));
        List<DemoSubjects.Subject> villages = subjects.villages(communeId);
        record(communeId, Title.CONG_DONG_THON, 2016, pick(villages, 0, 2, 4, 7, 10), 3,
                new DecisionForm("13/QĐ-UBND", LocalDate.of(2017, 3, 10), "Nguyễn Minh Hải", "Chủ tịch", TOWN, null));
        record(communeId, Title.CONG_DONG_THON, 2019, pick(villages, 0, 2, 4, 1, 5, 7, 8, 11, 10, 13), 8,
                new DecisionForm("22/QĐ-UBND", LocalDate.of(2020, 3, 12), "Lê Văn Thành", "Phó Chủ tịch", TOWN, null));
        record(communeId, Title.DON_VI_XA, 2016, subjects.organisations(communeId, 2016), 6,
                new DecisionForm("14/QĐ-UBND", LocalDate.of(2017, 3, 10), "Nguyễn Minh Hải", "Chủ tịch", TOWN, null));
        record(communeId, Title.DON_VI_XA, 2019, subjects.organisations(communeId, 2019), 8,
                new DecisionForm("23/QĐ-UBND", LocalDate.of(2020, 3, 12), "Lê Văn Thành", "Phó Chủ tịch", TOWN, null));
        record(communeId, Title.DON_VI_XA, 2025, subjects.organisations(communeId, 2025), 7,
                new DecisionForm("35/QĐ-UBND", LocalDate.of(2026, 3, 16), "Phạm Thị Thu Hà", "Chủ tịch", COMMUNE,
                        null));
        return 7;
    }

    /**
     * A year's Gia đình học tập round: households of that year in random order, those recognised before first
     * (a family that was recognised tends to register again); the first {@code registered} register.
     */
    private List<Long> households(long communeId, int year, int registered, int recognised, Set<Long> before,
                                  long seed, DecisionForm decision) {
        var all = new ArrayList<>(subjects.households(communeId, year));
        Collections.shuffle(all, new Random(seed + year));
        all.sort(Comparator.comparing(subject -> !before.contains(subject.id())));
        var entries = all.subList(0, registered);
        record(communeId, Title.GIA_DINH, year, entries, recognised, decision);
        return entries.subList(0, recognised).stream().map(DemoSubjects.Subject::id).toList();
    }

    /** Records a round over the subjects, the first {@code recognised} of them recognised. */
    private void record(long communeId, Title title, int year, List<DemoSubjects.Subject> registered,
                        int recognised, DecisionForm decision) {
        CriteriaSet set = subjects.set(title, year);
        var entries = new ArrayList<PastRound.Entry>();
        for (int i = 0; i < registered.size(); i++) {
            var subject = registered.get(i);
            entries.add(new PastRound.Entry(subject.id(), subject.unitId(),
                    DemoSheets.forSubject(set, i, i < recognised), i < recognised));
        }
        rounds.record(new PastRound(year, title, communeId, set.content().name() + " " + year, set.id(), List.of(),
                LocalDate.of(year, 3, 31), LocalDate.of(year, 12, 15), entries, decision));
    }

    private static List<DemoSubjects.Subject> pick(List<DemoSubjects.Subject> all, int... indexes) {
        return java.util.Arrays.stream(indexes).mapToObj(all::get).toList();
    }
}
