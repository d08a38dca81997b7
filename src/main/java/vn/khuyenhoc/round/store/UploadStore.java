package vn.khuyenhoc.round.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.khuyenhoc.round.SheetKind;
import vn.khuyenhoc.round.SheetUpload;
import vn.khuyenhoc.round.UploadProblem;

/** Uploaded score workbooks between their preview and their commit, lines and problems as jsonb. */
@Repository
public class UploadStore {

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.shared();

    UploadStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long roundId, SheetKind kind, List<SheetUpload.Line> lines, List<UploadProblem> problems,
                       long by) {
        return jdbc.sql("""
                insert into round_sheet_upload (round_id, kind, status, lines, problems, uploaded_by)
                values (:r, :k, :s, cast(:lines as jsonb), cast(:problems as jsonb), :by) returning id""")
                .param("r", roundId).param("k", kind.name())
                .param("s", problems.isEmpty() && !lines.isEmpty() ? "READY" : "REFUSED")
                .param("lines", json.writeValueAsString(lines)).param("problems", json.writeValueAsString(problems))
                .param("by", by).query(Long.class).single();
    }

    public Optional<SheetUpload> find(long id) {
        return jdbc.sql("select * from round_sheet_upload where id = :id").param("id", id).query(this::row)
                .optional();
    }

    /** Marks a ready upload committed, once: false when it was not READY at that version any more. */
    public boolean markCommitted(long id, int version) {
        return jdbc.sql("""
                update round_sheet_upload set status = 'COMMITTED', version = version + 1, committed_at = now()
                where id = :id and version = :v and status = 'READY'""")
                .param("id", id).param("v", version).update() == 1;
    }

    private SheetUpload row(ResultSet rs, int n) throws SQLException {
        List<SheetUpload.Line> lines = json.readValue(rs.getString("lines"),
                new TypeReference<List<SheetUpload.Line>>() {
                });
        List<UploadProblem> problems = json.readValue(rs.getString("problems"),
                new TypeReference<List<UploadProblem>>() {
                });
        return new SheetUpload(rs.getLong("id"), rs.getLong("round_id"), SheetKind.valueOf(rs.getString("kind")),
                rs.getString("status"), lines, problems, rs.getInt("version"));
    }
}
