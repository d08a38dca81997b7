package vn.khuyenhoc.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.criteria.CriteriaEditor;
import vn.khuyenhoc.criteria.CriteriaSets;
import vn.khuyenhoc.criteria.LegalBasis;
import vn.khuyenhoc.criteria.Measure;
import vn.khuyenhoc.criteria.Node;
import vn.khuyenhoc.criteria.Rule;
import vn.khuyenhoc.criteria.RuleStyle;
import vn.khuyenhoc.criteria.SetDocument;
import vn.khuyenhoc.criteria.Title;
import vn.khuyenhoc.registry.DemoCitizens.Unit;
import vn.khuyenhoc.round.Registrations;
import vn.khuyenhoc.round.RoundForm;
import vn.khuyenhoc.round.Rounds;
import vn.khuyenhoc.round.ScoreSheets;
import vn.khuyenhoc.round.SheetKind;

/**
 * Xã Nhà Bè's Công dân học tập round of 2026, to compare with the 2022 pilot of its old communes: the city's own
 * complete version of the set (a demo of a province adapting one, since the national set lacks the wording and
 * points of its 10 indices), the round opened by the commune officer, 300 citizens registered and the first 12
 * self-assessed; self-assessment and review run to the year's end, the decision before 31/03/2027.
 */
@Component
class DemoNhaBeRound {

    static final int YEAR = 2026;
    static final int REGISTERED = 300;
    static final int SELF_ASSESSED = 12;
    static final String SET_CODE = "CDHT-244-2022-HCM-MAU";
    private final DemoActing acting;
    private final CriteriaEditor editor;
    private final CriteriaSets criteria;
    private final Rounds rounds;
    private final Registrations registrations;
    private final ScoreSheets sheets;
    private final DemoSubjects subjects;

    DemoNhaBeRound(DemoActing acting, CriteriaEditor editor, CriteriaSets criteria, Rounds rounds,
                   Registrations registrations, ScoreSheets sheets, DemoSubjects subjects) {
        this.acting = acting;
        this.editor = editor;
        this.criteria = criteria;
        this.rounds = rounds;
        this.registrations = registrations;
        this.sheets = sheets;
        this.subjects = subjects;
    }

    /** Opens the round and registers its citizens; answers how many registered. */
    int load(long communeId, long cityId) {
        long setId = acting.as("admin", () -> citySet(cityId));
        return acting.as("xa.nhabe", () -> round(communeId, setId));
    }

    private long citySet(long cityId) {
        long id = editor.importDocument(new SetDocument(SetDocument.FORMAT, Title.CONG_DAN, SET_CODE, 1,
                "Công dân học tập — bản áp dụng của TP. Hồ Chí Minh (dữ liệu mẫu)",
                new LegalBasis("244/QĐ-KHVN", LocalDate.of(2022, 7, 28)), YEAR, null, null,
                List.of("FARMER", "WORKER", "OFFICIAL"), false,
                "Dữ liệu mẫu: mỗi chỉ số 10 điểm; đạt từ 80 điểm, không chỉ số nào dưới 5 điểm.",
                new Rule(RuleStyle.POINTS, new BigDecimal("100"), List.of(), new BigDecimal("80"), new BigDecimal("5"),
                        0),
                List.of(competence("Tự học và học tập suốt đời", 1, 4),
                        competence("Sử dụng phương tiện, công cụ để học tập và làm việc, kể cả kỹ năng số", 5, 3),
                        competence("Xây dựng các mối quan hệ xã hội", 8, 3))), cityId);
        editor.publish(id, criteria.require(id).rowVersion());
        return id;
    }

    private static Node competence(String text, int first, int count) {
        var indices = new ArrayList<Node>();
        for (int i = first; i < first + count; i++) {
            indices.add(new Node(null, "Chỉ số " + i, Measure.POINTS, BigDecimal.TEN, null, false, null, null, null,
                    null, null, null, false, null));
        }
        return new Node(null, text, Measure.POINTS, BigDecimal.TEN.multiply(BigDecimal.valueOf(count)), null, false,
                null, null, null, null, null, null, false, indices);
    }

    private int round(long communeId, long setId) {
        long roundId = rounds.open(new RoundForm(YEAR, Title.CONG_DAN, communeId, null, setId, false, List.of(),
                LocalDate.of(YEAR, 7, 31), LocalDate.of(YEAR, 12, 15), LocalDate.of(YEAR, 12, 31),
                LocalDate.of(YEAR + 1, 3, 31)));
        Map<String, Long> villages = subjects.villagesByCode(communeId);
        var people = new ArrayList<DemoSubjects.Subject>(subjects.staff(communeId, DemoNhaBe.UNITS.stream()
                .collect(Collectors.toMap(Unit::code, unit -> villages.get(unit.villageCode())))));
        people.addAll(subjects.adults(DemoNhaBe.RESIDENT_VILLAGES.stream().map(villages::get).toList(), YEAR));
        java.util.Collections.shuffle(people, new java.util.Random(YEAR));
        List<Long> ids = registrations.registerMany(roundId, people.subList(0, REGISTERED).stream()
                .map(DemoSubjects.Subject::id).toList());
        var set = criteria.require(setId);
        for (int i = 0; i < SELF_ASSESSED; i++) {
            sheets.save(ids.get(i), SheetKind.SELF, DemoSheets.forSubject(set, i, i % 10 != 9));
        }
        return ids.size();
    }
}
