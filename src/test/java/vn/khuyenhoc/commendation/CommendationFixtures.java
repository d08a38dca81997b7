package vn.khuyenhoc.commendation;

import org.springframework.jdbc.core.simple.JdbcClient;
import vn.khuyenhoc.association.AssociationFixtures;

/** Commendation records written with SQL (for the access walk), so that they need no signed-in user. */
public final class CommendationFixtures {

    private final JdbcClient jdbc;
    private final AssociationFixtures association;

    public CommendationFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.association = new AssociationFixtures(jdbc);
    }

    public long unit(String code) {
        return association.unit(code);
    }

    /** A giấy khen of 2029 to a household, counted in the village. */
    public long commendation(String villageCode, long householdId) {
        return jdbc.sql("""
                insert into commendation (kind, recipient_kind, recipient_id, area_unit_id, year, issuing_body,
                                          decision_number, decision_date, reason)
                values ('GIAY_KHEN', 'HOUSEHOLD', :h, :area, 2029, 'Hội Khuyến học xã đi bộ', '01/QĐ-ĐB',
                        date '2029-01-15', 'Gia đình học tập tiêu biểu') returning id""")
                .param("h", householdId).param("area", unit(villageCode)).query(Long.class).single();
    }

    /** A proposal of 2029 from the village to its commune with one item for a person, not decided yet. */
    public long proposal(String villageCode, String communeCode, long personId) {
        long id = jdbc.sql("""
                insert into commendation_proposal (year, from_unit_id, to_unit_id, number, sent_on)
                values (2029, :from, :to, '01/TTr-ĐB', date '2029-01-05') returning id""")
                .param("from", unit(villageCode)).param("to", unit(communeCode)).query(Long.class).single();
        jdbc.sql("""
                insert into commendation_item (proposal_id, position, kind, recipient_kind, recipient_id, reason)
                values (:p, 1, 'GIAY_KHEN', 'PERSON', :person, 'Cán bộ khuyến học tiêu biểu')""")
                .param("p", id).param("person", personId).update();
        return id;
    }
}
