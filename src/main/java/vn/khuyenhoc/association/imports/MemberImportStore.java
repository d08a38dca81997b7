package vn.khuyenhoc.association.imports;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps an uploaded member list between its preview and its commit. */
@Component
public class MemberImportStore {

    private final JdbcClient jdbc;

    MemberImportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Stored(long id, long assocUnitId, long userId, String fileName, byte[] content, boolean committed) {
    }

    public long save(long associationId, long userId, String fileName, byte[] content) {
        return jdbc.sql("""
                insert into assoc_import (assoc_unit_id, user_id, file_name, content) values (:a, :u, :f, :c)
                returning id""").param("a", associationId).param("u", userId).param("f", fileName)
                .param("c", content).query(Long.class).single();
    }

    public Optional<Stored> find(long id) {
        return jdbc.sql("""
                select id, assoc_unit_id, user_id, file_name, content, committed_at is not null as committed
                from assoc_import where id = :id for update""").param("id", id).query(Stored.class).optional();
    }

    public void committed(long id) {
        jdbc.sql("update assoc_import set committed_at = now() where id = :id").param("id", id).update();
    }
}
