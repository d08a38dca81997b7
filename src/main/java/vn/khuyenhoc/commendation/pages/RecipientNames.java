package vn.khuyenhoc.commendation.pages;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.commendation.RecipientKind;

/**
 * Names recipients through the view {@code commendation_recipient}, one query per kind with the ids as an array.
 * Joined row by row, the view would not reach the owners' indexes (its branches are views over unions and
 * DISTINCT ON); given a constant kind and ids, PostgreSQL prunes the other branches and uses the primary keys.
 */
@Component
class RecipientNames {

    private final JdbcClient jdbc;

    RecipientNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Key(RecipientKind kind, long id) {
    }

    /** The names of the recipients; an erased person or a closed household has none. */
    Map<Key, String> of(Collection<Key> recipients) {
        var names = new HashMap<Key, String>();
        recipients.stream().collect(Collectors.groupingBy(Key::kind)).forEach((kind, keys) -> jdbc.sql("""
                        select id, name from commendation_recipient where kind = :kind and id = any (:ids)""")
                .param("kind", kind.name()).param("ids", keys.stream().map(Key::id).distinct().toArray(Long[]::new))
                .query((rs, n) -> {
                    if (rs.getString("name") != null) {
                        names.put(new Key(kind, rs.getLong("id")), rs.getString("name"));
                    }
                    return null;
                }).list());
        return names;
    }
}
