package vn.khuyenhoc.registry.common;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Codes of the records a commune keeps, unique within the commune; a record given no code gets the next number
 * after the highest of its kind ("DH-001" for clans, "DV-001" for organisations).
 */
@Component
public class CommuneCodes {

    private final JdbcClient jdbc;

    CommuneCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The kinds of commune records with codes: their table and the prefix of numbered codes. */
    public enum Kind {
        CLAN("reg_clan", "DH-"),
        ORGANISATION("reg_organisation", "DV-");

        private final String table;
        private final String prefix;

        Kind(String table, String prefix) {
            this.table = table;
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
        }
    }

    /** Whether another record of the kind in the commune has the code. */
    public boolean taken(Kind kind, long communeId, String code, Long exceptId) {
        // The table name comes from the enum, never from input; the values are bound.
        return jdbc.sql("""
                select exists (select 1 from %s
                               where commune_id = :commune and code = :code and id <> coalesce(:except, -1))"""
                        .formatted(kind.table))
                .param("commune", communeId).param("code", code).param("except", exceptId)
                .query(Boolean.class).single();
    }

    /** The next free numbered code of the kind in the commune, e.g. "DH-004" after "DH-003". */
    public String next(Kind kind, long communeId) {
        int highest = jdbc.sql("""
                select coalesce(max(cast(substring(code from :digits) as int)), 0) from %s
                where commune_id = :commune and code ~ ('^' || :prefix || '[0-9]{1,9}$')""".formatted(kind.table))
                .param("digits", kind.prefix.length() + 1).param("prefix", kind.prefix)
                .param("commune", communeId).query(Integer.class).single();
        return "%s%03d".formatted(kind.prefix, highest + 1);
    }
}
