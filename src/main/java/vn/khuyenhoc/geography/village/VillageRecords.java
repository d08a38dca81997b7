package vn.khuyenhoc.geography.village;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.shared.Text;

/** The SQL behind villages: reading versions, numbering codes, inserting and closing versions. */
@Component
class VillageRecords {

    private final JdbcClient jdbc;

    VillageRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Version(long id, long unitId, String code, String name, String kind, String typeName, Long parentId,
                   LocalDate validFrom, LocalDate validTo) {

        /** What an edit form carries to tell, on saving, whether someone changed the village meanwhile. */
        int token() {
            return Objects.hash(id, name, typeName, parentId, validFrom, validTo);
        }
    }

    Optional<Version> versionOn(long unitId, LocalDate on) {
        return jdbc.sql("""
                select id, unit_id, code, name, kind, type_name, parent_id, valid_from, valid_to
                from geo_unit_version where unit_id = :id
                  and (valid_from is null or valid_from <= :on) and (valid_to is null or valid_to >= :on)""")
                .param("id", unitId).param("on", on).query(Version.class).optional();
    }

    boolean codeTakenInCommune(String code, long communeId, Long exceptUnit) {
        return jdbc.sql("""
                select exists (select 1 from geo_unit_version
                               where kind = 'VILLAGE' and code = :code and parent_id = :commune
                                 and unit_id <> coalesce(:except, -1))""")
                .param("code", code).param("commune", communeId).param("except", exceptUnit)
                .query(Boolean.class).single();
    }

    /** The next free "<commune code>-NNN" among the villages that ever belonged to the commune. */
    String nextCode(String communeCode) {
        int highest = jdbc.sql("""
                select coalesce(max(cast(substring(code from length(:prefix) + 1) as int)), 0)
                from geo_unit_version where kind = 'VILLAGE' and code ~ ('^' || :prefix || '[0-9]{3}$')""")
                .param("prefix", communeCode + "-").query(Integer.class).single();
        return "%s-%03d".formatted(communeCode, highest + 1);
    }

    long insertUnit() {
        return jdbc.sql("insert into geo_unit default values returning id").query(Long.class).single();
    }

    void insertVersion(long unitId, String code, String name, String typeName, long parentId, LocalDate from,
                       LocalDate to) {
        jdbc.sql("""
                insert into geo_unit_version (unit_id, code, name, kind, type_name, parent_id, valid_from, valid_to, name_folded)
                values (:unit, :code, :name, 'VILLAGE', :type, :parent, :from, :to, :folded)""")
                .param("unit", unitId).param("code", code).param("name", name).param("type", typeName)
                .param("parent", parentId).param("from", from).param("to", to).param("folded", Text.fold(name))
                .update();
    }

    void correct(long versionId, String name, String typeName) {
        jdbc.sql("update geo_unit_version set name = :name, type_name = :type, name_folded = :folded where id = :id")
                .param("name", name).param("type", typeName).param("folded", Text.fold(name)).param("id", versionId)
                .update();
    }

    void close(long versionId, LocalDate lastDay) {
        jdbc.sql("update geo_unit_version set valid_to = :to where id = :id")
                .param("to", lastDay).param("id", versionId).update();
    }

    List<Version> villagesOf(long communeId, LocalDate on) {
        return jdbc.sql("""
                select id, unit_id, code, name, kind, type_name, parent_id, valid_from, valid_to
                from geo_unit_version where parent_id = :commune and kind = 'VILLAGE'
                  and (valid_from is null or valid_from <= :on) and (valid_to is null or valid_to >= :on)
                order by code""")
                .param("commune", communeId).param("on", on).query(Version.class).list();
    }
}
