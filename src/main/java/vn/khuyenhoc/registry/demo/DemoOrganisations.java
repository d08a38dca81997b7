package vn.khuyenhoc.registry.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.registry.common.Names;
import vn.khuyenhoc.shared.Text;

/** Inserts the demo commune's clans and organisations (a handful of rows, one statement each). */
@Component
class DemoOrganisations {

    private final JdbcClient jdbc;

    DemoOrganisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids of the new clans by code. */
    Map<String, Long> insertClans(long communeId) {
        var ids = new HashMap<String, Long>();
        for (var clan : DemoCommune.CLANS) {
            ids.put(clan.code(), jdbc.sql("""
                    insert into reg_clan (commune_id, code, name, name_folded, sort_key, representative,
                                          representative_phone, has_board, since)
                    values (:commune, :code, :name, :folded, :sort, :representative, :phone, :board, :since)
                    returning id""")
                    .param("commune", communeId).param("code", clan.code()).param("name", clan.name())
                    .param("folded", Text.fold(clan.name())).param("sort", Names.sortKey(clan.name()))
                    .param("representative", clan.representative()).param("phone", clan.phone())
                    .param("board", clan.hasBoard()).param("since", clan.since())
                    .query(Long.class).single());
        }
        return ids;
    }

    /** The ids of the new organisations, in the order of {@link DemoCommune#ORGANISATIONS}. */
    List<Long> insertOrganisations(long communeId, Map<String, Long> villageIds) {
        var villages = villageIds.keySet().stream().sorted().toList();
        var ids = new ArrayList<Long>();
        for (var organisation : DemoCommune.ORGANISATIONS) {
            ids.add(jdbc.sql("""
                    insert into reg_organisation (commune_id, village_id, code, name, name_folded, sort_key, kind,
                                                  managing_level, staff_count, address, since)
                    values (:commune, :village, :code, :name, :folded, :sort, :kind, :level, :staff, :address, :since)
                    returning id""")
                    .param("commune", communeId)
                    .param("village", villageIds.get(villages.get(organisation.village() % villages.size())))
                    .param("code", organisation.code()).param("name", organisation.name())
                    .param("folded", Text.fold(organisation.name()))
                    .param("sort", Names.sortKey(organisation.name())).param("kind", organisation.kind().name())
                    .param("level", organisation.level().name()).param("staff", organisation.staff())
                    .param("address", organisation.address()).param("since", organisation.since())
                    .query(Long.class).single());
        }
        return ids;
    }
}
