package vn.khuyenhoc.association.structure;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the forms of a commune's association pick from: its villages, clans and organisations today. */
@Component
class StructureChoices {

    private final JdbcClient jdbc;

    StructureChoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Option(long id, String name) {
    }

    List<Option> villages(long communeId) {
        return jdbc.sql("""
                select unit_id as id, name from geography_unit_current
                where kind = 'VILLAGE' and not closed and parent_id = :c order by code""")
                .param("c", communeId).query(Option.class).list();
    }

    List<Option> clans(long communeId) {
        return jdbc.sql("""
                select clan_id as id, name from registry_clan_name where commune_id = :c and closed_on is null
                order by name""").param("c", communeId).query(Option.class).list();
    }

    List<Option> organisations(long communeId) {
        return jdbc.sql("""
                select organisation_id as id, name from registry_organisation_name
                where commune_id = :c and closed_on is null order by name""")
                .param("c", communeId).query(Option.class).list();
    }
}
