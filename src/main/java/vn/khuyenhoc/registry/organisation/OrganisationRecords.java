package vn.khuyenhoc.registry.organisation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.khuyenhoc.registry.ManagingLevel;
import vn.khuyenhoc.registry.OrganisationKind;
import vn.khuyenhoc.registry.common.Names;
import vn.khuyenhoc.shared.Text;

/**
 * The SQL behind the writes of {@link vn.khuyenhoc.registry.Organisations} on organisation rows. Callers check
 * the guard and publish the event.
 */
@Repository
public class OrganisationRecords {

    private final JdbcClient jdbc;

    OrganisationRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An organisation row as stored. */
    public record Organisation(long id, long communeId, Long villageId, String code, String name,
                               OrganisationKind kind, ManagingLevel managingLevel, Integer staffCount,
                               String address, String phone, LocalDate since, LocalDate closedOn, int version) {
    }

    /** The values written on create and update, already normalised and checked. */
    public record Values(String code, String name, OrganisationKind kind, ManagingLevel managingLevel,
                         Integer staffCount, Long villageId, String address, String phone, LocalDate since) {
    }

    public Optional<Organisation> find(long id) {
        return jdbc.sql("""
                select id, commune_id, village_id, code, name, kind, managing_level, staff_count, address, phone,
                       since, closed_on, version
                from reg_organisation where id = :id""").param("id", id).query(Organisation.class).optional();
    }

    public long insert(long communeId, Values values) {
        return jdbc.sql("""
                insert into reg_organisation (commune_id, village_id, code, name, name_folded, sort_key, kind,
                                              managing_level, staff_count, address, phone, since)
                values (:commune, :village, :code, :name, :folded, :sort, :kind, :level, :staff, :address, :phone,
                        :since) returning id""")
                .param("commune", communeId).params(parameters(values)).query(Long.class).single();
    }

    /** False when the row changed since {@code version} was read. */
    public boolean update(long id, int version, Values values) {
        return jdbc.sql("""
                update reg_organisation set village_id = :village, code = :code, name = :name, name_folded = :folded,
                       sort_key = :sort, kind = :kind, managing_level = :level, staff_count = :staff,
                       address = :address, phone = :phone, since = :since, version = version + 1
                where id = :id and version = :version""")
                .params(parameters(values)).param("id", id).param("version", version).update() == 1;
    }

    public void close(long id, LocalDate on) {
        jdbc.sql("update reg_organisation set closed_on = :on, version = version + 1 where id = :id")
                .param("on", on).param("id", id).update();
    }

    private static Map<String, Object> parameters(Values values) {
        var map = new HashMap<String, Object>();
        map.put("village", values.villageId());
        map.put("code", values.code());
        map.put("name", values.name());
        map.put("folded", Text.fold(values.name()));
        map.put("sort", Names.sortKey(values.name()));
        map.put("kind", values.kind().name());
        map.put("level", values.managingLevel().name());
        map.put("staff", values.staffCount());
        map.put("address", values.address());
        map.put("phone", values.phone());
        map.put("since", values.since());
        return map;
    }
}
