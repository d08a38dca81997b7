package vn.khuyenhoc.round.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.khuyenhoc.criteria.Assessment;
import vn.khuyenhoc.criteria.ScoreSheet;
import vn.khuyenhoc.round.SavedSheet;
import vn.khuyenhoc.round.SheetForm;
import vn.khuyenhoc.round.SheetKind;

/** Score sheets as jsonb maps keyed by node code, with the computed result beside them. */
@Repository
public class SheetStore {

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.shared();

    SheetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<SavedSheet> find(long registrationId, SheetKind kind) {
        return jdbc.sql("select * from round_sheet where registration_id = :r and kind = :k")
                .param("r", registrationId).param("k", kind.name()).query(this::row).optional();
    }

    /** The sheets of one kind of the given registrations, keyed by registration. */
    public Map<Long, SavedSheet> ofRegistrations(java.util.List<Long> registrationIds, SheetKind kind) {
        var sheets = new java.util.HashMap<Long, SavedSheet>();
        jdbc.sql("select * from round_sheet where registration_id = any (:ids) and kind = :k")
                .param("ids", registrationIds.toArray(Long[]::new)).param("k", kind.name()).query(this::row).list()
                .forEach(sheet -> sheets.put(sheet.registrationId(), sheet));
        return sheets;
    }

    public void insert(long registrationId, SheetKind kind, SheetForm form, Assessment result, long by) {
        jdbc.sql("""
                insert into round_sheet (registration_id, kind, points, met, figures, notes, achieved, band, level,
                                         total, maximum, saved_by)
                values (:r, :k, cast(:points as jsonb), cast(:met as jsonb), cast(:figures as jsonb),
                        cast(:notes as jsonb), :achieved, :band, :level, :total, :maximum, :by)""")
                .param("r", registrationId).param("k", kind.name()).params(values(form, result)).param("by", by)
                .update();
    }

    /** Saves over the sheet only when it is still at the version the form was opened at. */
    public boolean update(long sheetId, int version, SheetForm form, Assessment result, long by) {
        return jdbc.sql("""
                update round_sheet set points = cast(:points as jsonb), met = cast(:met as jsonb),
                       figures = cast(:figures as jsonb), notes = cast(:notes as jsonb), achieved = :achieved,
                       band = :band, level = :level, total = :total, maximum = :maximum, saved_by = :by,
                       saved_at = now(), version = version + 1
                where id = :id and version = :version""")
                .params(values(form, result)).param("by", by).param("id", sheetId).param("version", version)
                .update() == 1;
    }

    private Map<String, Object> values(SheetForm form, Assessment result) {
        var values = new java.util.HashMap<String, Object>();
        values.put("points", json.writeValueAsString(form.points()));
        values.put("met", json.writeValueAsString(form.met()));
        values.put("figures", json.writeValueAsString(form.figures()));
        values.put("notes", json.writeValueAsString(form.notes()));
        values.put("achieved", result.achieved());
        values.put("band", result.band());
        values.put("level", result.level());
        values.put("total", result.total());
        values.put("maximum", result.maximum());
        return values;
    }

    private SavedSheet row(ResultSet rs, int n) throws SQLException {
        var scores = new ScoreSheet(json.readValue(rs.getString("points"), new TypeReference<Map<String, BigDecimal>>() {
        }), json.readValue(rs.getString("met"), new TypeReference<Map<String, Boolean>>() {
        }), json.readValue(rs.getString("figures"), new TypeReference<Map<String, BigDecimal>>() {
        }));
        Map<String, String> notes = json.readValue(rs.getString("notes"), new TypeReference<Map<String, String>>() {
        });
        return new SavedSheet(rs.getLong("id"), rs.getLong("registration_id"), SheetKind.valueOf(rs.getString("kind")),
                scores, notes, rs.getBoolean("achieved"), rs.getString("band"), (Integer) rs.getObject("level"),
                rs.getBigDecimal("total"), rs.getBigDecimal("maximum"), (Long) rs.getObject("saved_by"),
                rs.getTimestamp("saved_at").toInstant(), rs.getInt("version"));
    }
}
