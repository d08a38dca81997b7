package vn.khuyenhoc.round;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.criteria.Band;
import vn.khuyenhoc.criteria.CriteriaEditor;
import vn.khuyenhoc.criteria.Measure;
import vn.khuyenhoc.criteria.Node;
import vn.khuyenhoc.criteria.Rule;
import vn.khuyenhoc.criteria.RuleStyle;
import vn.khuyenhoc.criteria.SetDocument;
import vn.khuyenhoc.criteria.Title;

/** A complete household set for a far year and a Liên Hương round with it, made by the APIs as officers would. */
record RoundFixtures(JdbcClient jdbc, TestAccounts users, CriteriaEditor editor, Rounds rounds) {

    static final int YEAR = 2031;

    /** Four criteria of 25 points (indicators "i.1" … "i.5" of 5), pass mark 50, bands Tốt 85, Khá 70, Đạt 50. */
    long householdSet() {
        users.signIn("admin");
        var criteria = new ArrayList<Node>();
        for (int i = 1; i <= 4; i++) {
            var indicators = new ArrayList<Node>();
            for (int j = 1; j <= 5; j++) {
                indicators.add(new Node(null, "Chỉ số thử " + i + "." + j, Measure.POINTS, new BigDecimal("5"), null,
                        false, null, null, null, null, null, null, false, null));
            }
            criteria.add(new Node(null, "Tiêu chí thử " + i, Measure.POINTS, new BigDecimal("25"), null, false, null,
                    null, null, null, null, null, false, indicators));
        }
        var rule = new Rule(RuleStyle.POINTS, new BigDecimal("100"), List.of(new Band("Tốt", new BigDecimal("85")),
                new Band("Khá", new BigDecimal("70")), new Band("Đạt", new BigDecimal("50"))), new BigDecimal("50"), null, 0);
        var doc = new SetDocument(SetDocument.FORMAT, Title.GIA_DINH, "GDHT-DOT-THU", 1, "Gia đình học tập (bộ thử)",
                null, YEAR, YEAR, null, null, false, null, rule, criteria);
        long id = editor.importDocument(doc, null);
        editor.publish(id, jdbc.sql("select row_version from criteria_set where id = :id").param("id", id)
                .query(Integer.class).single());
        return id;
    }

    long lienHuongHouseholdRound(long setId) {
        users.signIn("xa.lienhuong");
        return rounds.open(new RoundForm(YEAR, Title.GIA_DINH, users.unit("22969"), null, setId, false, List.of(),
                LocalDate.of(YEAR, 3, 31), LocalDate.of(YEAR, 11, 30), LocalDate.of(YEAR, 12, 31),
                LocalDate.of(YEAR + 1, 3, 31)));
    }

    /** Every indicator scored the same points (5 = full marks, total 100; 2 = total 40, not achieved). */
    static SheetForm sheet(String each, Integer version) {
        var points = new java.util.HashMap<String, BigDecimal>();
        for (int i = 1; i <= 4; i++) {
            for (int j = 1; j <= 5; j++) {
                points.put(i + "." + j, new BigDecimal(each));
            }
        }
        return new SheetForm(points, Map.of(), Map.of(), Map.of("1.1", "  Có giấy khen   của trường "), version);
    }

    static DecisionForm decision(String number) {
        return new DecisionForm(number, LocalDate.of(YEAR + 1, 3, 15), "Nguyễn Văn Thử", "Chủ tịch",
                "Ủy ban nhân dân xã Liên Hương", null);
    }

    int version(long registrationId) {
        return jdbc.sql("select version from round_registration where id = :id").param("id", registrationId)
                .query(Integer.class).single();
    }

    String status(long registrationId) {
        return jdbc.sql("select status from round_registration where id = :id").param("id", registrationId)
                .query(String.class).single();
    }

    /**
     * Removes what a browser test committed through the app: the round with everything recorded in it, the
     * household with its members' persons, and the test's criteria set (audit entries stay, append-only).
     */
    void removeCommitted(long roundId, long household) {
        for (String sql : List.of(
                "delete from round_event where registration_id in (select id from round_registration where round_id = :r)",
                "delete from round_recognition where decision_id in (select id from round_decision where round_id = :r)",
                "delete from round_decision where round_id = :r",
                "delete from round_proposal_item where proposal_id in (select id from round_proposal where round_id = :r)",
                "delete from round_proposal where round_id = :r",
                "delete from round_sheet where registration_id in (select id from round_registration where round_id = :r)",
                "delete from round_registration where round_id = :r",
                "delete from round where id = :r")) {
            jdbc.sql(sql).param("r", roundId).update();
        }
        var people = jdbc.sql("select person_id from reg_member where household_id = :h").param("h", household)
                .query(Long.class).list();
        jdbc.sql("delete from reg_member where household_id = :h").param("h", household).update();
        jdbc.sql("delete from reg_person where id = any (:p)").param("p", people.toArray(Long[]::new)).update();
        jdbc.sql("delete from reg_household_residence where household_id = :h").param("h", household).update();
        jdbc.sql("delete from reg_household where id = :h").param("h", household).update();
        jdbc.sql("delete from criteria_set where code = 'GDHT-DOT-THU'").update();
    }
}
