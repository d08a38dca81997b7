package vn.khuyenhoc.fund.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes and look-ups of funds and their entries for the module's API. Entries are only ever inserted. */
@Component
public class LedgerRecords {

    private final JdbcClient jdbc;

    LedgerRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Fund(long id, long assocUnitId, long geoUnitId, String name, LocalDate openedOn,
                       long openingBalance, Integer closedThrough, LocalDate endedOn, Long mergedInto) {
    }

    /** One entry; {@code amount} is negative on a reversal. */
    public record Entry(long id, long fundId, String kind, boolean inKind, String goods, long amount,
                        LocalDate entryDate, String receiptNumber, Long personId, Long organisationId,
                        String partyName, String reason, String note, Long correctsId, boolean reversal) {
    }

    /** An association unit as the fund needs it, read from the association's published view. */
    public record Association(long id, long geoUnitId, String name) {
    }

    private static final String FUND = """
            select id, assoc_unit_id, geo_unit_id, name, opened_on, opening_balance, closed_through, ended_on,
                   merged_into
            from fund""";
    private static final String ENTRY = """
            select id, fund_id, kind, in_kind, goods, amount, entry_date, receipt_number, person_id, organisation_id,
                   party_name, reason, note, corrects_id, reversal from fund_entry""";

    public Optional<Association> association(long id) {
        return jdbc.sql("select assoc_unit_id as id, geo_unit_id, name from association_unit where assoc_unit_id = :id")
                .param("id", id).query(Association.class).optional();
    }

    public Optional<Fund> fund(long id) {
        return jdbc.sql(FUND + " where id = :id").param("id", id).query(Fund.class).optional();
    }

    public Optional<Fund> fundOfAssociation(long associationId) {
        return jdbc.sql(FUND + " where assoc_unit_id = :a").param("a", associationId).query(Fund.class).optional();
    }

    /** The fund, locked until the transaction ends, so that two payments never both spend the same đồng. */
    public Optional<Fund> lock(long id) {
        return jdbc.sql(FUND + " where id = :id for update").param("id", id).query(Fund.class).optional();
    }

    public Optional<Entry> entry(long id) {
        return jdbc.sql(ENTRY + " where id = :id").param("id", id).query(Entry.class).optional();
    }

    public boolean isReversed(long entryId) {
        return jdbc.sql("select exists (select 1 from fund_entry where corrects_id = :id and reversal)")
                .param("id", entryId).query(Boolean.class).single();
    }

    public long insertFund(long associationId, long geoUnitId, String name, LocalDate openedOn, long opening) {
        return jdbc.sql("""
                insert into fund (assoc_unit_id, geo_unit_id, name, opened_on, opening_balance)
                values (:a, :g, :name, :on, :opening) returning id""").param("a", associationId)
                .param("g", geoUnitId).param("name", name).param("on", openedOn).param("opening", opening)
                .query(Long.class).single();
    }

    public long insert(Entry e, Long recordedBy) {
        return jdbc.sql("""
                insert into fund_entry (fund_id, kind, in_kind, goods, amount, entry_date, receipt_number, person_id,
                    organisation_id, party_name, reason, note, corrects_id, reversal, recorded_by)
                values (:fund, :kind, :inKind, :goods, :amount, :date, :receipt, :person, :organisation, :party,
                    :reason, :note, :corrects, :reversal, :by) returning id""")
                .param("fund", e.fundId()).param("kind", e.kind()).param("inKind", e.inKind())
                .param("goods", e.goods()).param("amount", e.amount()).param("date", e.entryDate())
                .param("receipt", e.receiptNumber()).param("person", e.personId())
                .param("organisation", e.organisationId()).param("party", e.partyName())
                .param("reason", e.reason()).param("note", e.note()).param("corrects", e.correctsId())
                .param("reversal", e.reversal()).param("by", recordedBy).query(Long.class).single();
    }

    public boolean receiptTaken(long fundId, int year, String number) {
        return jdbc.sql("""
                select exists (select 1 from fund_entry where fund_id = :f and entry_year = :y and receipt_number = :n)""")
                .param("f", fundId).param("y", year).param("n", number).query(Boolean.class).single();
    }

    /** How many numbers of the series (e.g. "PT-2026-") the fund has used, to give the next one. */
    public int usedInSeries(long fundId, String prefix) {
        return jdbc.sql("select count(*) from fund_entry where fund_id = :f and starts_with(receipt_number, :p)")
                .param("f", fundId).param("p", prefix).query(Integer.class).single();
    }

    /** The net change of each day, cash and goods apart; the ledger's balances follow from these and the opening. */
    public List<Movement> dailyMovements(long fundId) {
        return jdbc.sql("""
                select entry_date as day, in_kind, sum(net) as net
                from fund_entry where fund_id = :f group by entry_date, in_kind order by entry_date""")
                .param("f", fundId).query(Movement.class).list();
    }

    /** Ends a merged fund's books: from now on it takes no entry (the guard trigger refuses them). */
    public void end(long fundId, LocalDate lastDay, long successorFundId) {
        jdbc.sql("update fund set ended_on = :day, merged_into = :into where id = :f").param("f", fundId)
                .param("day", lastDay).param("into", successorFundId).update();
    }

    public void closeThrough(long fundId, int year) {
        jdbc.sql("update fund set closed_through = :y where id = :f").param("f", fundId).param("y", year).update();
    }
}
