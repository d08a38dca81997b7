package vn.khuyenhoc.geography.imports;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.khuyenhoc.geography.ImportFormat;
import vn.khuyenhoc.geography.ImportPreview;
import vn.khuyenhoc.shared.NotFound;

/** The uploaded files ({@code geo_import}): kept so that the commit applies exactly the bytes that were previewed. */
@Component
class ImportStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JdbcClient jdbc;

    ImportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Stored(long id, ImportFormat format, String fileName, byte[] content, OffsetDateTime committedAt,
                  Long uploadedBy) {
    }

    /** One line of the history of imports. */
    record HistoryRow(long id, String format, String fileName, OffsetDateTime uploadedAt, OffsetDateTime committedAt,
                      String uploadedBy, Integer created, Integer changed, Integer setAside) {
    }

    long save(ImportFormat format, String fileName, byte[] content, Long userId) {
        return jdbc.sql("""
                insert into geo_import (format, file_name, sha256, content, uploaded_by)
                values (:format, :name, :sha, :content, :by) returning id""")
                .param("format", format.name()).param("name", fileName).param("sha", sha256(content))
                .param("content", content).param("by", userId)
                .query(Long.class).single();
    }

    /** The stored upload, locked until the transaction ends so that it cannot be committed twice at once. */
    Stored lock(long id) {
        return jdbc.sql("""
                select id, format, file_name, content, committed_at, uploaded_by from geo_import where id = :id for update""")
                .param("id", id)
                .query((rs, n) -> new Stored(rs.getLong("id"), ImportFormat.valueOf(rs.getString("format")),
                        rs.getString("file_name"), rs.getBytes("content"),
                        rs.getObject("committed_at", OffsetDateTime.class), (Long) rs.getObject("uploaded_by")))
                .optional().orElseThrow(() -> new NotFound("import", id));
    }

    void summarise(long id, ImportPreview.Counts counts, String userName, boolean committed) {
        jdbc.sql("""
                update geo_import
                set summary = coalesce(summary, '{}'::jsonb) || cast(:summary as jsonb),
                    committed_at = case when :committed then now() else committed_at end
                where id = :id""")
                .param("summary", JSON.writeValueAsString(summary(counts, userName, committed)))
                .param("committed", committed).param("id", id)
                .update();
    }

    static Map<String, Object> summary(ImportPreview.Counts counts, String userName, boolean committed) {
        var summary = new LinkedHashMap<String, Object>();
        summary.put("created", counts.created());
        summary.put("changed", counts.changed());
        summary.put("unchanged", counts.unchanged());
        summary.put("setAside", counts.setAside());
        summary.put("villagesMoved", counts.villagesMoved());
        summary.put("villagesToPlace", counts.villagesToPlace());
        summary.put(committed ? "committedBy" : "uploadedBy", userName);
        return summary;
    }

    /** The latest imports; {@code uploader} limits them to one user's own (null: everybody's). */
    List<HistoryRow> history(int limit, Long uploader) {
        return jdbc.sql("""
                select id, format, file_name, uploaded_at, committed_at, summary ->> 'uploadedBy' as uploaded_by,
                       (summary ->> 'created')::int as created, (summary ->> 'changed')::int as changed,
                       (summary ->> 'setAside')::int as set_aside
                from geo_import where cast(:uploader as bigint) is null or uploaded_by = :uploader
                order by id desc limit :limit""")
                .param("limit", limit).param("uploader", uploader).query(HistoryRow.class).list();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
