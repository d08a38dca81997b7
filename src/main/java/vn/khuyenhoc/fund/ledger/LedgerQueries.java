package vn.khuyenhoc.fund.ledger;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.fund.EntryKind;

/** What the ledger's pages, API and report read: balances computed from the entries, never stored. */
@Component
public class LedgerQueries {

    private final JdbcClient jdbc;

    LedgerQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Holdings at the end of a day: the opening plus every entry in, minus every entry out, up to that day. */
    public record Balance(LocalDate day, long cash, long goods) {
        public long total() {
            return Math.addExact(cash, goods);
        }
    }

    /** An entry as the ledger lists it, with the names of its party and whether it has been reversed. */
    public record Line(long id, String kind, boolean inKind, String goods, long amount, LocalDate entryDate,
                       String receiptNumber, Long personId, Long organisationId, String party, String reason,
                       String note, Long correctsId, boolean reversal, boolean reversed) {
        public boolean in() {
            return EntryKind.valueOf(kind).in();
        }
    }

    public record FundRow(long id, long assocUnitId, long geoUnitId, String name, String association,
                          LocalDate openedOn, long openingBalance, Integer closedThrough, LocalDate endedOn,
                          Long mergedInto) {
    }

    public Balance balanceAt(long fundId, LocalDate day) {
        return jdbc.sql("""
                select cast(:day as date) as day,
                       f.opening_balance + coalesce(sum(e.net) filter (where not e.in_kind), 0) as cash,
                       coalesce(sum(e.net) filter (where e.in_kind), 0) as goods
                from fund f left join fund_entry e on e.fund_id = f.id and e.entry_date <= :day
                where f.id = :f group by f.id, f.opening_balance""")
                .param("f", fundId).param("day", day).query(Balance.class).single();
    }

    public java.util.Optional<FundRow> fund(long id) {
        return jdbc.sql(FUNDS + " where f.id = :id").param("id", id).query(FundRow.class).optional();
    }

    /**
     * The funds the user reads: those in their area (path prefixes bound as {@code :prefixes}) and those of the
     * units their own area lies in (a branch officer reads their commune's fund).
     */
    public List<FundRow> funds(String[] prefixes, Long ownUnitId) {
        return jdbc.sql(FUNDS + """
                 where exists (select 1 from geography_unit_scope s where s.unit_id = f.geo_unit_id
                    and (s.path like any (:prefixes) or exists (select 1 from geography_unit_scope o
                         where o.unit_id = :own and starts_with(o.path, s.path))))
                order by a.valid_from desc, f.name""").param("prefixes", prefixes).param("own", ownUnitId)
                .query(FundRow.class).list();
    }

    private static final String FUNDS = """
            select f.id, f.assoc_unit_id, f.geo_unit_id, f.name, a.name as association, f.opened_on,
                   f.opening_balance, f.closed_through, f.ended_on, f.merged_into
            from fund f join association_unit a on a.assoc_unit_id = f.assoc_unit_id""";

    /** The fund's entries of a year (all years when null), of a kind (all when null), newest last. */
    public List<Line> lines(long fundId, Integer year, String kind) {
        return jdbc.sql("""
                select e.id, e.kind, e.in_kind, e.goods, e.amount, e.entry_date, e.receipt_number, e.person_id,
                       e.organisation_id, coalesce(p.full_name, o.name, e.party_name) as party, e.reason, e.note,
                       e.corrects_id, e.reversal,
                       exists (select 1 from fund_entry r where r.corrects_id = e.id and r.reversal) as reversed
                from fund_entry e
                left join registry_person_name p on p.person_id = e.person_id
                left join registry_organisation_name o on o.organisation_id = e.organisation_id
                where e.fund_id = :f and (cast(:year as int) is null or e.entry_year = :year)
                  and (cast(:kind as text) is null or e.kind = :kind)
                order by e.entry_date, e.id""")
                .param("f", fundId).param("year", year).param("kind", kind).query(Line.class).list();
    }

    public java.util.Optional<Line> line(long entryId) {
        return jdbc.sql("""
                select e.id, e.kind, e.in_kind, e.goods, e.amount, e.entry_date, e.receipt_number, e.person_id,
                       e.organisation_id, coalesce(p.full_name, o.name, e.party_name) as party, e.reason, e.note,
                       e.corrects_id, e.reversal,
                       exists (select 1 from fund_entry r where r.corrects_id = e.id and r.reversal) as reversed
                from fund_entry e
                left join registry_person_name p on p.person_id = e.person_id
                left join registry_organisation_name o on o.organisation_id = e.organisation_id
                where e.id = :id""").param("id", entryId).query(Line.class).optional();
    }

    public long fundOfEntry(long entryId) {
        return jdbc.sql("select fund_id from fund_entry where id = :id").param("id", entryId).query(Long.class)
                .optional().orElseThrow(() -> new vn.khuyenhoc.shared.NotFound("fund-entry", entryId));
    }

    /** The paths of a unit on today's map. */
    public List<String> unitPaths(long unitId) {
        return jdbc.sql("select path from geography_unit_scope where unit_id = :u").param("u", unitId)
                .query(String.class).list();
    }

    /** The years the fund has entries in, and this year, newest first. */
    public List<Integer> years(long fundId) {
        return jdbc.sql("""
                select distinct y from (select entry_year as y from fund_entry where fund_id = :f
                    union select cast(extract(year from current_date) as int)) years order by y desc""")
                .param("f", fundId).query(Integer.class).list();
    }

    /** The organisations of a commune, to pick a school or a donor from. */
    public List<Choice> organisations(long communeId) {
        return jdbc.sql("""
                select organisation_id as id, name from registry_organisation_name
                where commune_id = :c and closed_on is null order by name""").param("c", communeId)
                .query(Choice.class).list();
    }

    public record Choice(long id, String name) {
    }

    /** Open associations in the area (path prefixes bound as {@code :prefixes}) that have no fund yet. */
    public List<Choice> associationsWithoutFund(String[] prefixes) {
        return jdbc.sql("""
                select a.assoc_unit_id as id, a.name from association_unit a
                where a.valid_to is null and not exists (select 1 from fund f where f.assoc_unit_id = a.assoc_unit_id)
                  and exists (select 1 from geography_unit_scope s
                              where s.unit_id = a.geo_unit_id and s.path like any (:prefixes))
                order by a.name""").param("prefixes", prefixes).query(Choice.class).list();
    }
}
