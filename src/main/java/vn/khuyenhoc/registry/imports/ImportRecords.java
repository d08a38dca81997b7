package vn.khuyenhoc.registry.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The imports' own rows (reg_import): status and progress, written in short transactions of their own so that
 * any instance can show them while the work goes on; the preview's counts and problems as JSON.
 */
@Repository
class ImportRecords {

    private static final TypeReference<Map<String, Integer>> COUNTS = new TypeReference<>() { };
    private static final TypeReference<List<Problem>> PROBLEMS = new TypeReference<>() { };
    private static final TypeReference<List<String>> ARGS = new TypeReference<>() { };
    private static final List<String> STAGING = List.of("reg_import_household", "reg_import_member",
            "reg_import_clan", "reg_import_organisation", "reg_import_citizen");
    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    ImportRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long create(ImportKind kind, String fileName, long userId) {
        return jdbc.sql("""
                insert into reg_import (kind, file_name, user_id, status, phase)
                values (:kind, :file, :user, 'READING', 'reading') returning id""")
                .param("kind", kind.name()).param("file", fileName).param("user", userId)
                .query(Long.class).single();
    }

    void progress(long id, String phase, int rows) {
        jdbc.sql("update reg_import set phase = :phase, rows_read = greatest(rows_read, :rows) where id = :id")
                .param("phase", phase).param("rows", rows).param("id", id).update();
    }

    void ready(long id, int rows, Map<String, Integer> counts, Problems problems) {
        jdbc.sql("""
                update reg_import set status = 'READY', phase = 'ready', rows_read = :rows,
                       counts = cast(:counts as jsonb), problems = cast(:problems as jsonb), problem_count = :total
                where id = :id""")
                .param("rows", rows).param("counts", json.writeValueAsString(counts))
                .param("problems", json.writeValueAsString(problems.listed())).param("total", problems.total())
                .param("id", id).update();
    }

    /** The file could not be read, or the commit failed: the reason, as a message key and its arguments. */
    void refused(long id, String status, String key, Object[] args) {
        var texts = Arrays.stream(args).map(String::valueOf).toList();
        jdbc.sql("""
                update reg_import set status = :status, phase = 'done', error_key = :key,
                       error_args = cast(:args as jsonb) where id = :id""")
                .param("status", status).param("key", key).param("args", json.writeValueAsString(texts))
                .param("id", id).update();
    }

    /** Claims a ready preview without problems for committing; false when it is not (any more) one. */
    boolean claim(long id) {
        return jdbc.sql("""
                update reg_import set status = 'COMMITTING', phase = 'committing'
                where id = :id and status = 'READY' and problem_count = 0""").param("id", id).update() == 1;
    }

    void committed(long id) {
        jdbc.sql("update reg_import set status = 'COMMITTED', phase = 'done', committed_at = now() where id = :id")
                .param("id", id).update();
    }

    Optional<ImportView> find(long id) {
        return jdbc.sql("select * from reg_import where id = :id").param("id", id).query(this::view).optional();
    }

    List<ImportView> history(Long userId) {
        return jdbc.sql("""
                select * from reg_import where cast(:user as bigint) is null or user_id = :user
                order by created_at desc, id desc limit 20""").param("user", userId).query(this::view).list();
    }

    /** Previews left for more than a day lose their staged rows; returns how many expired. */
    int expire() {
        var ids = jdbc.sql("""
                update reg_import set status = 'FAILED', phase = 'done', error_key = 'registry.imports.expired'
                where status = 'READY' and created_at < now() - interval '1 day' returning id""")
                .query(Long.class).list();
        deleteStaged(ids);
        return ids.size();
    }

    /**
     * Imports that were being read or committed when the server stopped: their task died with it (a commit is one
     * transaction, so nothing of it was written). They end with a message saying so, and their staged rows go.
     * One server runs the imports (ADR 0007), so at its start no import of its own can still be running.
     */
    int interruptedByRestart() {
        var ids = jdbc.sql("""
                update reg_import set status = case status when 'READING' then 'REFUSED' else 'FAILED' end,
                       phase = 'done', error_key = 'registry.imports.interrupted'
                where status in ('READING', 'COMMITTING') returning id""")
                .query(Long.class).list();
        deleteStaged(ids);
        return ids.size();
    }

    /** The villages (households) or communes (clans, organisations) an import's staged rows belong to. */
    List<Long> stagedUnits(long id, ImportKind kind) {
        String sql = switch (kind) {
            case HOUSEHOLDS -> "select distinct village_id from reg_import_household where import_id = :id";
            case CLANS -> "select distinct commune_id from reg_import_clan where import_id = :id";
            case CITIZENS -> "select distinct unit_id from reg_import_citizen where import_id = :id";
            default -> "select distinct commune_id from reg_import_organisation where import_id = :id";
        };
        return jdbc.sql(sql).param("id", id).query(Long.class).list();
    }

    void deleteStaged(long id) {
        deleteStaged(List.of(id));
    }

    private void deleteStaged(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        for (String table : STAGING) {
            jdbc.sql("delete from " + table + " where import_id = any(:ids)").param("ids", ids.toArray(Long[]::new))
                    .update();
        }
    }

    private ImportView view(ResultSet rs, int row) throws SQLException {
        return new ImportView(rs.getLong("id"), ImportKind.valueOf(rs.getString("kind")), rs.getString("file_name"),
                rs.getLong("user_id"), rs.getString("status"), rs.getString("phase"), rs.getInt("rows_read"),
                json.readValue(rs.getString("counts"), COUNTS), json.readValue(rs.getString("problems"), PROBLEMS),
                rs.getInt("problem_count"), rs.getString("error_key"),
                json.readValue(rs.getString("error_args"), ARGS), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("committed_at", OffsetDateTime.class));
    }
}
