package vn.khuyenhoc.registry.household;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.khuyenhoc.registry.common.Names;
import vn.khuyenhoc.shared.Text;

/**
 * The household table and its dated residence, for {@link vn.khuyenhoc.registry.Households} only: it checks the
 * rules, the guard and publishes the event; this class only reads and writes rows.
 */
@Repository
public class HouseholdRecords {

    private final JdbcClient jdbc;

    HouseholdRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A household row as the API needs it. */
    public record Household(long id, long villageId, String code, String headName, String address, String phone,
                            Long clanId, LocalDate since, LocalDate closedOn, int version) {
    }

    /** Where a household lives now (its open residence, or its last one once closed). */
    public record Residence(long villageId, LocalDate validFrom, LocalDate validTo) {
    }

    public Optional<Household> find(long id) {
        return jdbc.sql("""
                select id, village_id, code, head_name, address, phone, clan_id, since, closed_on, version
                from reg_household where id = :id""").param("id", id).query(Household.class).optional();
    }

    public boolean codeTaken(long villageId, String code, Long except) {
        return jdbc.sql("""
                select exists (select 1 from reg_household
                               where village_id = :village and code = :code and id <> coalesce(:except, -1))""")
                .param("village", villageId).param("code", code).param("except", except)
                .query(Boolean.class).single();
    }

    public long insert(long villageId, String code, String address, String phone, Long clanId, LocalDate since) {
        long id = jdbc.sql("""
                insert into reg_household (village_id, code, address, phone, clan_id, since)
                values (:village, :code, :address, :phone, :clan, :since) returning id""")
                .param("village", villageId).param("code", code).param("address", address).param("phone", phone)
                .param("clan", clanId).param("since", since).query(Long.class).single();
        openResidence(id, villageId, since);
        return id;
    }

    /** Saves the edit unless the row changed since {@code version}; false when it did. */
    public boolean update(long id, int version, String code, String address, String phone, Long clanId,
                          LocalDate since) {
        return jdbc.sql("""
                update reg_household set code = :code, address = :address, phone = :phone, clan_id = :clan,
                       since = :since, version = version + 1
                where id = :id and version = :version""")
                .param("code", code).param("address", address).param("phone", phone).param("clan", clanId)
                .param("since", since).param("id", id).param("version", version).update() == 1;
    }

    /** The first residence starts when the household does. */
    public void startFirstResidence(long id, LocalDate since) {
        jdbc.sql("""
                update reg_household_residence set valid_from = :since
                where household_id = :id and valid_from = (select min(valid_from) from reg_household_residence
                                                            where household_id = :id)""")
                .param("since", since).param("id", id).update();
    }

    public Residence firstResidence(long id) {
        return jdbc.sql("""
                select village_id, valid_from, valid_to from reg_household_residence
                where household_id = :id order by valid_from limit 1""")
                .param("id", id).query(Residence.class).single();
    }

    public Residence lastResidence(long id) {
        return jdbc.sql("""
                select village_id, valid_from, valid_to from reg_household_residence
                where household_id = :id order by valid_from desc limit 1""")
                .param("id", id).query(Residence.class).single();
    }

    public void endResidence(long id, LocalDate lastDay) {
        jdbc.sql("update reg_household_residence set valid_to = :last where household_id = :id and valid_to is null")
                .param("last", lastDay).param("id", id).update();
    }

    public void openResidence(long id, long villageId, LocalDate from) {
        jdbc.sql("insert into reg_household_residence (household_id, village_id, valid_from) values (:id, :village, :from)")
                .param("id", id).param("village", villageId).param("from", from).update();
    }

    public void moveTo(long id, long villageId, String code, Long clanId) {
        jdbc.sql("""
                update reg_household set village_id = :village, code = :code, clan_id = :clan, version = version + 1
                where id = :id""")
                .param("village", villageId).param("code", code).param("clan", clanId).param("id", id).update();
    }

    public void close(long id, LocalDate on) {
        jdbc.sql("update reg_household set closed_on = :on, version = version + 1 where id = :id")
                .param("on", on).param("id", id).update();
        endResidence(id, on);
    }

    /** Copies the current head's name beside the household, with the search text and the sort key built on it. */
    public void refreshSearch(long id) {
        var row = find(id).orElseThrow();
        String head = jdbc.sql("""
                select coalesce(max(p.full_name), '') from reg_member m join reg_person p on p.id = m.person_id
                where m.household_id = :id and m.relation = 'HEAD' and m.left_on is null""")
                .param("id", id).query(String.class).single();
        String search = Text.fold(row.code() + " " + head + " " + (row.address() == null ? "" : row.address()));
        jdbc.sql("update reg_household set head_name = :head, search_folded = :search, sort_key = :sort where id = :id")
                .param("head", head).param("search", search).param("sort", Names.personSortKey(head))
                .param("id", id).update();
    }

    /** The commune of a live village (of kind VILLAGE), empty for anything else. */
    public Optional<Long> communeOfVillage(long villageId) {
        return jdbc.sql("""
                select parent_id from geography_unit_current
                where unit_id = :id and kind = 'VILLAGE' and not closed and parent_id is not null""")
                .param("id", villageId).query(Long.class).optional();
    }

    public Optional<Long> communeOfClan(long clanId) {
        return jdbc.sql("select commune_id from reg_clan where id = :id").param("id", clanId)
                .query(Long.class).optional();
    }
}
