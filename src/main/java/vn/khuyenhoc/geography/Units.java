package vn.khuyenhoc.geography;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The geography API for other modules: finding units by code and by date. */
@Service
public class Units {

    private final JdbcClient jdbc;

    Units(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The version of the unit with this code (of this kind) that was valid on the date. */
    public Optional<UnitSummary> byCode(String code, UnitKind kind, LocalDate on) {
        return jdbc.sql("""
                select unit_id, code, name, kind, type_name, parent_id, valid_from, valid_to
                from geo_unit_version
                where code = :code and kind = :kind
                  and (valid_from is null or valid_from <= :on) and (valid_to is null or valid_to >= :on)""")
                .param("code", code).param("kind", kind.name()).param("on", on)
                .query(UnitSummary.class).optional();
    }

    /** The version of a unit valid on the date, if it existed then. */
    public Optional<UnitSummary> on(long unitId, LocalDate on) {
        return jdbc.sql("""
                select unit_id, code, name, kind, type_name, parent_id, valid_from, valid_to
                from geo_unit_version
                where unit_id = :id and (valid_from is null or valid_from <= :on) and (valid_to is null or valid_to >= :on)""")
                .param("id", unitId).param("on", on).query(UnitSummary.class).optional();
    }
}
