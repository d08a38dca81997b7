package vn.khuyenhoc.registry.clan;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.khuyenhoc.registry.common.Names;
import vn.khuyenhoc.shared.Text;

/**
 * The SQL behind the writes of {@link vn.khuyenhoc.registry.Clans}: clan rows, their codes, and the clan link
 * of a household. Callers check the guard and publish the event.
 */
@Repository
public class ClanRecords {

    private final JdbcClient jdbc;

    ClanRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A clan row as stored. */
    public record Clan(long id, long communeId, String code, String name, String representative,
                       String representativePhone, boolean hasBoard, LocalDate since, LocalDate closedOn,
                       int version) {
    }

    /** What a clan needs to know about a household to link it: where it lives and its current clan. */
    public record HouseholdLink(long id, String code, long villageId, Long communeId, Long clanId) {
    }

    /** The values written on create and update, already normalised and checked. */
    public record Values(String code, String name, String representative, String representativePhone,
                         boolean hasBoard, LocalDate since) {
    }

    public Optional<Clan> find(long id) {
        return jdbc.sql("""
                select id, commune_id, code, name, representative, representative_phone, has_board, since,
                       closed_on, version
                from reg_clan where id = :id""").param("id", id).query(Clan.class).optional();
    }

    public long insert(long communeId, Values values) {
        return jdbc.sql("""
                insert into reg_clan (commune_id, code, name, name_folded, sort_key, representative,
                                      representative_phone, has_board, since)
                values (:commune, :code, :name, :folded, :sort, :rep, :phone, :board, :since) returning id""")
                .param("commune", communeId).params(parameters(values)).query(Long.class).single();
    }

    /** False when the row changed since {@code version} was read. */
    public boolean update(long id, int version, Values values) {
        return jdbc.sql("""
                update reg_clan set code = :code, name = :name, name_folded = :folded, sort_key = :sort,
                       representative = :rep, representative_phone = :phone, has_board = :board, since = :since,
                       version = version + 1
                where id = :id and version = :version""")
                .params(parameters(values)).param("id", id).param("version", version).update() == 1;
    }

    public void close(long id, LocalDate on) {
        jdbc.sql("update reg_clan set closed_on = :on, version = version + 1 where id = :id")
                .param("on", on).param("id", id).update();
    }

    public Optional<HouseholdLink> household(long householdId) {
        return jdbc.sql("""
                select h.id, h.code, h.village_id, v.parent_id as commune_id, h.clan_id
                from reg_household h left join geography_unit_current v on v.unit_id = h.village_id
                where h.id = :id""").param("id", householdId).query(HouseholdLink.class).optional();
    }

    /** Links a household to a clan (or to none); the household's version moves so its open forms notice. */
    public void setClan(long householdId, Long clanId) {
        jdbc.sql("update reg_household set clan_id = :clan, version = version + 1 where id = :id")
                .param("clan", clanId).param("id", householdId).update();
    }

    private static java.util.Map<String, Object> parameters(Values values) {
        var map = new java.util.HashMap<String, Object>();
        map.put("code", values.code());
        map.put("name", values.name());
        map.put("folded", Text.fold(values.name()));
        map.put("sort", Names.sortKey(values.name()));
        map.put("rep", values.representative());
        map.put("phone", values.representativePhone());
        map.put("board", values.hasBoard());
        map.put("since", values.since());
        return map;
    }
}
