package vn.khuyenhoc.round.store;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.khuyenhoc.round.EvidenceFile;

/** Evidence rows; the stored path is read only to open the file, never handed to a page. */
@Repository
public class EvidenceStore {

    private static final String SELECT = """
            select id, registration_id, node_code, file_name, content_type, size_bytes, uploaded_at
            from round_evidence""";
    private final JdbcClient jdbc;

    EvidenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long registrationId, String nodeCode, String fileName, String contentType, long size,
                       String storedPath, long by) {
        return jdbc.sql("""
                insert into round_evidence (registration_id, node_code, file_name, content_type, size_bytes,
                                            stored_path, uploaded_by)
                values (:r, :node, :name, :type, :size, :path, :by) returning id""")
                .param("r", registrationId).param("node", nodeCode).param("name", fileName).param("type", contentType)
                .param("size", size).param("path", storedPath).param("by", by).query(Long.class).single();
    }

    public List<EvidenceFile> ofRegistration(long registrationId) {
        return jdbc.sql(SELECT + " where registration_id = :r order by node_code nulls first, id")
                .param("r", registrationId).query(EvidenceFile.class).list();
    }

    public Optional<EvidenceFile> find(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(EvidenceFile.class).optional();
    }

    public String storedPath(long id) {
        return jdbc.sql("select stored_path from round_evidence where id = :id").param("id", id)
                .query(String.class).single();
    }
}
