package vn.khuyenhoc.registry.imports;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.shared.InvalidInput;

/**
 * Writes a staged households import, set-based: new persons, households, residences and members are inserted
 * from staging (their ids were reserved when staging), changed ones updated in place. A household changed by
 * someone else since the preview (its version moved) stops the whole commit.
 */
@Component
class HouseholdCommit {

    private static final Logger LOG = LoggerFactory.getLogger(HouseholdCommit.class);
    static final String INSERT_PERSONS = """
                insert into reg_person (id, full_name, name_folded, sort_key, birth_year, sex, occupation,
                                        target_group, school_level)
                select person_id, full_name, name_folded, sort_key, birth_year, sex, occupation, target_group,
                       school_level
                from reg_import_member where import_id = :id and is_new""";
    private static final String UPDATE_PERSONS = """
                update reg_person p set full_name = s.full_name, name_folded = s.name_folded, sort_key = s.sort_key,
                       sex = s.sex, occupation = s.occupation, target_group = s.target_group,
                       school_level = s.school_level, version = p.version + 1
                from reg_import_member s
                where s.import_id = :id and s.changed and p.id = s.person_id and p.erased_at is null""";
    static final String INSERT_HOUSEHOLDS = """
                insert into reg_household (id, village_id, code, head_name, address, phone, clan_id, since,
                                           search_folded, sort_key)
                select household_id, village_id, code, head_name, address, phone, clan_id, since, search_folded,
                       sort_key
                from reg_import_household where import_id = :id and is_new""";
    private static final String INSERT_RESIDENCES = """
                insert into reg_household_residence (household_id, village_id, valid_from)
                select household_id, village_id, since from reg_import_household where import_id = :id and is_new""";
    private static final String INSERT_MEMBERS = """
                insert into reg_member (household_id, person_id, relation, position, joined_on)
                select household_id, person_id, relation, position, joined_on
                from reg_import_member where import_id = :id and is_new""";
    private static final String UPDATE_MEMBERS = """
                update reg_member m set relation = s.relation
                from reg_import_member s
                where s.import_id = :id and s.changed and m.household_id = s.household_id
                  and m.person_id = s.person_id""";
    private static final String UPDATE_HOUSEHOLDS = """
                update reg_household h set head_name = s.head_name, address = s.address, phone = s.phone,
                       clan_id = s.clan_id, search_folded = s.search_folded, sort_key = s.sort_key,
                       version = h.version + 1
                from reg_import_household s
                where s.import_id = :id and s.changed and h.id = s.household_id and h.version = s.version""";
    /**
     * With the per-row triggers off, the references the inserts wrote are checked at once. New members' persons
     * are inserted above from the very same staged rows, and so are the new households; the other members'
     * households are stored ones, which the registry never deletes: this finds a member whose household is
     * missing, probing reg_household only for those. A set difference rather than an anti-join: with statistics
     * of the staging tables from before the preview (they churn), the planner once chose a nested loop over the
     * staged households for each of 380,971 members, and the commit did not end.
     */
    private static final String DANGLING = """
                select count(*) from (select household_id from reg_import_member where import_id = :id and is_new
                                      except
                                      select household_id from reg_import_household where import_id = :id and is_new
                                     ) other
                where not exists (select 1 from reg_household h where h.id = other.household_id)""";
    private final JdbcClient jdbc;
    private final ForeignKeyTriggers foreignKeys;

    HouseholdCommit(JdbcClient jdbc, ForeignKeyTriggers foreignKeys) {
        this.jdbc = jdbc;
        this.foreignKeys = foreignKeys;
    }

    /**
     * Runs in the caller's transaction; answers the affected household and person ids. The preview's counts say
     * which statements have something to do, so that no statement scans the staged rows only to find nothing.
     */
    Affected commit(long importId, Map<String, Integer> counts) {
        // Trigram indexes take new entries into their pending list and merge it later (autovacuum or the next
        // large insert), instead of merging every 4 MB in the middle of the import.
        jdbc.sql("set local gin_pending_list_limit = '1GB'").update();
        boolean suspended = foreignKeys.suspend();
        boolean membersChanged = counts.getOrDefault("membersUpdated", 0) > 0;
        int changed = counts.getOrDefault("recordsUpdated", 0);
        boolean matched = counts.getOrDefault("recordsNew", 0) < counts.getOrDefault("records", 0);
        if (matched) {
            // The updates join stored rows with the staged ones: the planner must know how many are staged now
            jdbc.sql("analyze reg_import_household, reg_import_member").update();
        }
        run(INSERT_PERSONS, importId);
        if (membersChanged) {
            run(UPDATE_PERSONS, importId);
        }
        run(INSERT_HOUSEHOLDS, importId);
        if (changed > 0 && run(UPDATE_HOUSEHOLDS, importId) != changed) {
            throw new InvalidInput("registry.imports.changedMeanwhile");
        }
        run(INSERT_RESIDENCES, importId);
        run(INSERT_MEMBERS, importId);
        if (suspended) {
            // Residences are written from the same staged households inserted above, so members are what can dangle
            if (count(DANGLING, importId) > 0) {
                throw new IllegalStateException("Import " + importId + " would leave members without their records");
            }
            foreignKeys.restore();
        }
        if (membersChanged) {
            run(UPDATE_MEMBERS, importId);
        }
        if (matched) {
            demoteFormerHeads(importId);
        }
        return new Affected(ids("select household_id from reg_import_household where import_id = :id "
                + "and (is_new or changed) order by household_id", importId),
                ids("select person_id from reg_import_member where import_id = :id and (is_new or changed) "
                        + "order by person_id", importId));
    }

    /**
     * A household keeps one head: when the file names another member as head, the former head (who may be
     * missing from the file, and is otherwise left alone) becomes "other".
     */
    private void demoteFormerHeads(long importId) {
        run("""
                update reg_member m set relation = 'OTHER'
                from reg_import_member s
                where s.import_id = :id and s.relation = 'HEAD' and m.household_id = s.household_id
                  and m.person_id <> s.person_id and m.relation = 'HEAD' and m.left_on is null""", importId);
    }

    /** Whether the staged rows are still there (unlogged tables are emptied by a crash). */
    int staged(long importId) {
        return count("select count(*) from reg_import_household where import_id = :id", importId);
    }

    private int run(String sql, long importId) {
        long start = System.nanoTime();
        int rows = jdbc.sql(sql).param("id", importId).update();
        if (LOG.isDebugEnabled()) {
            LOG.debug("Import {}: {} rows in {} ms by {}", importId, rows, (System.nanoTime() - start) / 1_000_000,
                    sql.strip().lines().findFirst().orElse(""));
        }
        return rows;
    }

    private int count(String sql, long importId) {
        long start = System.nanoTime();
        int count = jdbc.sql(sql).param("id", importId).query(Integer.class).single();
        LOG.debug("Import {}: counted {} in {} ms", importId, count, (System.nanoTime() - start) / 1_000_000);
        return count;
    }

    private List<Long> ids(String sql, long importId) {
        return jdbc.sql(sql).param("id", importId).query(Long.class).list();
    }

    /** The records an import created or changed: households (or clans, organisations) and persons. */
    record Affected(List<Long> records, List<Long> persons) {
    }
}
