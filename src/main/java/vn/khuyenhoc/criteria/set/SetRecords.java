package vn.khuyenhoc.criteria.set;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.khuyenhoc.criteria.Band;
import vn.khuyenhoc.criteria.CriteriaSet;
import vn.khuyenhoc.criteria.LegalBasis;
import vn.khuyenhoc.criteria.Node;
import vn.khuyenhoc.criteria.Rule;
import vn.khuyenhoc.criteria.RuleStyle;
import vn.khuyenhoc.criteria.SetDocument;
import vn.khuyenhoc.criteria.SetStatus;
import vn.khuyenhoc.criteria.Title;

/** The stored sets: a set row with its rule, its bands and its tree of nodes. Only the criteria module uses it. */
@Repository
public class SetRecords {

    private final JdbcClient jdbc;
    private final NodeRecords nodes;

    SetRecords(JdbcClient jdbc, NodeRecords nodes) {
        this.jdbc = jdbc;
        this.nodes = nodes;
    }

    /** Stores a whole set; the incomplete flag is what the content lacks, or what the file says. */
    public long insert(SetDocument doc, Long owner, SetStatus status, Long copiedFrom, boolean bundled) {
        long id = jdbc.sql("""
                insert into criteria_set (title, code, version, name, legal_number, legal_date, year_from, year_to,
                    variant, target_groups, owner_unit_id, status, incomplete, copied_from, bundled, style, max_points,
                    pass_mark, min_per_indicator, levels, notes, published_at)
                values (:title, :code, :version, :name, :legalNumber, :legalDate, :yearFrom, :yearTo, :variant,
                    :groups, :owner, :status, :incomplete, :copiedFrom, :bundled, :style, :maxPoints, :passMark,
                    :minPer, :levels, :notes, case when :status = 'PUBLISHED' then now() end)
                returning id""")
                .param("title", doc.title().name()).param("code", doc.code()).param("version", doc.version())
                .param("name", doc.name()).param("legalNumber", legal(doc).number())
                .param("legalDate", legal(doc).date()).param("yearFrom", doc.yearFrom()).param("yearTo", doc.yearTo())
                .param("variant", doc.variant()).param("groups", doc.targetGroups().toArray(String[]::new))
                .param("owner", owner).param("status", status.name())
                .param("incomplete", doc.incomplete() || doc.lacksContent()).param("copiedFrom", copiedFrom)
                .param("bundled", bundled).param("style", doc.rule().style().name())
                .param("maxPoints", doc.rule().maxPoints()).param("passMark", doc.rule().passMark())
                .param("minPer", doc.rule().minPerIndicator()).param("levels", doc.rule().levels())
                .param("notes", doc.notes())
                .query(Long.class).single();
        replaceBands(id, doc.rule().bands());
        nodes.insertTree(id, doc.criteria());
        return id;
    }

    public Optional<CriteriaSet> find(long id) {
        return jdbc.sql("""
                select s.*, u.name as owner_name from criteria_set s
                left join geography_unit_current u on u.unit_id = s.owner_unit_id
                where s.id = :id""")
                .param("id", id).query((rs, n) -> row(rs)).optional();
    }

    private CriteriaSet row(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        var rule = new Rule(RuleStyle.valueOf(rs.getString("style")), rs.getBigDecimal("max_points"), bands(id),
                rs.getBigDecimal("pass_mark"), rs.getBigDecimal("min_per_indicator"), rs.getInt("levels"));
        var groups = List.of((String[]) rs.getArray("target_groups").getArray());
        var doc = new SetDocument(SetDocument.FORMAT, Title.valueOf(rs.getString("title")), rs.getString("code"),
                rs.getInt("version"), rs.getString("name"), new LegalBasis(rs.getString("legal_number"),
                rs.getObject("legal_date", LocalDate.class)), (Integer) rs.getObject("year_from"),
                (Integer) rs.getObject("year_to"), rs.getString("variant"), groups, rs.getBoolean("incomplete"),
                rs.getString("notes"), rule, nodes.tree(id));
        var published = rs.getTimestamp("published_at");
        return new CriteriaSet(id, (Long) rs.getObject("owner_unit_id"), rs.getString("owner_name"),
                SetStatus.valueOf(rs.getString("status")), rs.getBoolean("used"), (Long) rs.getObject("copied_from"),
                rs.getBoolean("bundled"), rs.getInt("row_version"), published == null ? null : published.toInstant(),
                doc);
    }

    private List<Band> bands(long setId) {
        return jdbc.sql("select label, lower_bound from criteria_band where set_id = :id order by position")
                .param("id", setId).query((rs, n) -> new Band(rs.getString(1), rs.getBigDecimal(2))).list();
    }

    public void replaceBands(long setId, List<Band> bands) {
        jdbc.sql("delete from criteria_band where set_id = :id").param("id", setId).update();
        for (int i = 0; i < bands.size(); i++) {
            jdbc.sql("insert into criteria_band (set_id, position, label, lower_bound) values (:id, :p, :l, :b)")
                    .param("id", setId).param("p", i).param("l", bands.get(i).label())
                    .param("b", bands.get(i).lowerBound()).update();
        }
    }

    public boolean exists(String code, int version) {
        return jdbc.sql("select exists (select 1 from criteria_set where code = :c and version = :v)")
                .param("c", code).param("v", version).query(Boolean.class).single();
    }

    public int nextVersion(String code) {
        return jdbc.sql("select coalesce(max(version), 0) + 1 from criteria_set where code = :c")
                .param("c", code).query(Integer.class).single();
    }

    /** The header and rule of a draft; false when its row version moved on (someone else edited it). */
    public boolean updateHeader(long id, int rowVersion, SetDocument doc) {
        return jdbc.sql("""
                update criteria_set set name = :name, legal_number = :number, legal_date = :date, year_from = :from,
                    year_to = :to, variant = :variant, notes = :notes, max_points = :maxPoints, pass_mark = :passMark,
                    min_per_indicator = :minPer, levels = :levels, row_version = row_version + 1
                where id = :id and row_version = :rv and status = 'DRAFT'""")
                .param("name", doc.name()).param("number", legal(doc).number()).param("date", legal(doc).date())
                .param("from", doc.yearFrom()).param("to", doc.yearTo()).param("variant", doc.variant())
                .param("notes", doc.notes()).param("maxPoints", doc.rule().maxPoints())
                .param("passMark", doc.rule().passMark()).param("minPer", doc.rule().minPerIndicator())
                .param("levels", doc.rule().levels()).param("id", id).param("rv", rowVersion).update() == 1;
    }

    /** Claims the next row version of a draft before a change to its tree; false when it moved on. */
    public boolean claim(long id, int rowVersion) {
        return jdbc.sql("""
                update criteria_set set row_version = row_version + 1
                where id = :id and row_version = :rv and status = 'DRAFT'""")
                .param("id", id).param("rv", rowVersion).update() == 1;
    }

    public void setIncomplete(long id, boolean incomplete) {
        jdbc.sql("update criteria_set set incomplete = :i where id = :id").param("i", incomplete).param("id", id)
                .update();
    }

    public boolean publish(long id, int rowVersion) {
        return jdbc.sql("""
                update criteria_set set status = 'PUBLISHED', published_at = now(), row_version = row_version + 1
                where id = :id and row_version = :rv and status = 'DRAFT'""")
                .param("id", id).param("rv", rowVersion).update() == 1;
    }

    public boolean markUsed(long id) {
        return jdbc.sql("update criteria_set set used = true where id = :id and not used").param("id", id).update() == 1;
    }

    public void delete(long id) {
        jdbc.sql("delete from criteria_set where id = :id and status = 'DRAFT'").param("id", id).update();
    }

    private static LegalBasis legal(SetDocument doc) {
        return doc.legalBasis() == null ? new LegalBasis(null, null) : doc.legalBasis();
    }
}
