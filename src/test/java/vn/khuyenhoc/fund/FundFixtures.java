package vn.khuyenhoc.fund;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.khuyenhoc.association.AssociationFixtures;

/**
 * Fund records for tests: an association of its own (written with SQL, so that fund tests depend on no
 * association class), persons through {@link AssociationFixtures}, the fund itself through {@link Funds}.
 */
public final class FundFixtures {

    private final JdbcClient jdbc;
    private final AssociationFixtures association;

    public FundFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.association = new AssociationFixtures(jdbc);
    }

    public long unit(String code) {
        return association.unit(code);
    }

    /** The commune's open association, opened here from 2025-07-01 if it has none. */
    public long association(String communeCode) {
        long commune = unit(communeCode);
        return jdbc.sql("select id from assoc_unit where geo_unit_id = :c and valid_to is null")
                .param("c", commune).query(Long.class).optional().orElseGet(() -> jdbc.sql("""
                        insert into assoc_unit (geo_unit_id, level, name, valid_from)
                        values (:c, 'COMMUNE', 'Hội Khuyến học quỹ thử', date '2025-07-01') returning id""")
                        .param("c", commune).query(Long.class).single());
    }

    /** A fund of the commune's association with SQL (for the access walk), or the one it has. */
    public long fund(String communeCode, LocalDate openedOn, long opening) {
        long association = association(communeCode);
        return jdbc.sql("select id from fund where assoc_unit_id = :a").param("a", association).query(Long.class)
                .optional().orElseGet(() -> jdbc.sql("""
                        insert into fund (assoc_unit_id, geo_unit_id, name, opened_on, opening_balance)
                        values (:a, :g, 'Quỹ khuyến học thử', :on, :opening) returning id""")
                        .param("a", association).param("g", unit(communeCode)).param("on", openedOn)
                        .param("opening", opening).query(Long.class).single());
    }

    /** A donation of the fund written with SQL (for the access walk). */
    public long donation(long fundId, String receipt, long amount) {
        return jdbc.sql("""
                insert into fund_entry (fund_id, kind, amount, entry_date, receipt_number, party_name)
                values (:f, 'DONATION', :amount, current_date, :receipt, 'Nhà hảo tâm đi bộ') returning id""")
                .param("f", fundId).param("amount", amount).param("receipt", receipt).query(Long.class).single();
    }

    public long person(String villageCode, String name) {
        return association.person(villageCode, name);
    }
}
