package vn.khuyenhoc.round.store;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.khuyenhoc.round.DecisionScan;
import vn.khuyenhoc.round.EvidenceFile;

/** Evidence rows and decision scans; the stored path is read only to open the file, never handed to a page. */
@Repository
public class EvidenceStore {

    private static final String SELECT = """
            select id, registration_id, node_code, file_name, content_type, size_bytes, uploaded_at
            from round_evidence""";
    private static final String SCANS = """
            select id, decision_id, file_name, content_type, size_bytes, uploaded_at from round_evidence""";
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
        return jdbc.sql(SELECT + " where id = :id and registration_id is not null").param("id", id)
                .query(EvidenceFile.class).optional();
    }

    public String storedPath(long id) {
        return jdbc.sql("select stored_path from round_evidence where id = :id").param("id", id)
                .query(String.class).single();
    }

    /** A decision's signed scan, kept in the same table as evidence (a row names a decision instead). */
    public long insertScan(long decisionId, String fileName, String contentType, long size, String storedPath,
                           long by) {
        return jdbc.sql("""
                insert into round_evidence (decision_id, file_name, content_type, size_bytes, stored_path, uploaded_by)
                values (:d, :name, :type, :size, :path, :by) returning id""")
                .param("d", decisionId).param("name", fileName).param("type", contentType).param("size", size)
                .param("path", storedPath).param("by", by).query(Long.class).single();
    }

    public List<DecisionScan> scansOf(long decisionId) {
        return jdbc.sql(SCANS + " where decision_id = :d order by id desc").param("d", decisionId)
                .query(DecisionScan.class).list();
    }

    public Optional<DecisionScan> findScan(long id) {
        return jdbc.sql(SCANS + " where id = :id and decision_id is not null").param("id", id)
                .query(DecisionScan.class).optional();
    }
}
