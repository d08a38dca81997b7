package vn.khuyenhoc.registry.imports;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.registry.common.Names;
import vn.khuyenhoc.registry.common.PersonData;
import vn.khuyenhoc.shared.Text;

/**
 * Compares a checked households file with what is stored and writes the outcome to the staging tables with COPY:
 * each household new (ids reserved now) or matched by village and code, each member new or matched within their
 * household by folded name and year of birth, each flagged changed or not. Members missing from the file are only
 * counted. Runs in the caller's transaction.
 */
@Component
class HouseholdStager {

    static final String HOUSEHOLD_COLUMNS = "import_id, household_id, is_new, changed, version, village_id, code, "
            + "head_name, address, phone, clan_id, since, search_folded, sort_key";
    static final String MEMBER_COLUMNS = "import_id, household_id, person_id, is_new, changed, full_name, "
            + "name_folded, sort_key, birth_year, sex, occupation, target_group, school_level, relation, position, "
            + "joined_on";
    /** A household on its way to staging: its id (reserved or stored), its lines, its stored members. */
    private record Staged(long id, HouseholdLine line, ImportLookups.Household known,
                          List<ImportLookups.Member> stored) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(HouseholdStager.class);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final ImportLookups existing;
    private final DataSource dataSource;
    private final IdBlocks idBlocks;

    HouseholdStager(ImportLookups existing, DataSource dataSource, IdBlocks ids) {
        this.existing = existing;
        this.idBlocks = ids;
        this.dataSource = dataSource;
    }

    /** Stages the file and answers the preview's counts. */
    Map<String, Integer> stage(long importId, Map<HouseholdLine, HouseholdFileChecks.Resolved> resolved)
            throws SQLException {
        long start = System.nanoTime();
        var names = new ConcurrentHashMap<String, HouseholdLine.NameKeys>();
        resolved.keySet().parallelStream().forEach(line -> line.computeKeys(names));
        LOG.debug("Import {}: keys in {} ms", importId, (System.nanoTime() - start) / 1_000_000);
        var matched = matched(resolved);
        var members = existing.members(matched.values().stream().map(ImportLookups.Household::id).toList());
        int newPersons = resolved.keySet().stream().filter(h -> !matched.containsKey(h))
                .mapToInt(h -> h.members.size()).sum() + newMembersOfMatched(matched, members);
        LOG.debug("Import {}: stored households matched {} ms after the start", importId,
                (System.nanoTime() - start) / 1_000_000);
        var householdIds = idBlocks.reserve("reg_household_id_seq", resolved.size() - matched.size());
        var people = new ArrayList<Staged>();
        int h = 0;
        for (var line : resolved.keySet()) {
            var known = matched.get(line);
            long id = known == null ? householdIds[h++] : known.id();
            people.add(new Staged(id, line, known, known == null ? List.of() : members.getOrDefault(id, List.of())));
        }
        return copy(importId, resolved, people, idBlocks.reserve("reg_person_id_seq", newPersons));
    }

    /** The stored households the file's lines name (same village, same code). */
    private Map<HouseholdLine, ImportLookups.Household> matched(Map<HouseholdLine, HouseholdFileChecks.Resolved> resolved) {
        var stored = existing.households(resolved.values().stream().map(HouseholdFileChecks.Resolved::villageId)
                .distinct().toList());
        var matched = new HashMap<HouseholdLine, ImportLookups.Household>();
        resolved.forEach((line, ids) -> {
            var household = stored.get(ids.villageId() + "\u0000" + line.code);
            if (household != null) {
                matched.put(line, household);
            }
        });
        return matched;
    }

    private Map<String, Integer> copy(long importId, Map<HouseholdLine, HouseholdFileChecks.Resolved> resolved,
                                      List<Staged> people, long[] personIds) throws SQLException {
        long start = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        var tally = new Tally();
        var connection = DataSourceUtils.getConnection(dataSource);
        BinaryCopyWriter households = null;
        BinaryCopyWriter members = null;
        try {
            households = BinaryCopyWriter.open(connection, "reg_import_household", HOUSEHOLD_COLUMNS);
            for (Staged household : people) {
                writeHousehold(households, importId, household, resolved.get(household.line()), tally);
            }
            households.finish();
            LOG.debug("Import {}: households staged in {} ms", importId, (System.nanoTime() - start) / 1_000_000);
            members = BinaryCopyWriter.open(connection, "reg_import_member", MEMBER_COLUMNS);
            int next = 0;
            for (Staged household : people) {
                next = writeMembers(members, importId, household, personIds, next, tally);
            }
            members.finish();
            LOG.debug("Import {}: households and members staged in {} ms ({} ms of this thread's processor time)",
                    importId, (System.nanoTime() - start) / 1_000_000,
                    (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000);
        } catch (SQLException | RuntimeException e) {
            BinaryCopyWriter.abort(households, members);
            throw e;
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        return tally.counts();
    }

    private void writeHousehold(BinaryCopyWriter copy, long importId, Staged staged,
                                HouseholdFileChecks.Resolved ids, Tally tally) throws SQLException {
        var line = staged.line();
        var known = staged.known();
        long id = staged.id();
        int head = line.headIndex();
        String headName = head < 0 ? "" : line.members.get(head).person().fullName();
        boolean changed = known != null && !(Objects.equals(known.address(), line.address)
                && Objects.equals(known.phone(), line.phone) && Objects.equals(known.clanId(), ids.clanId())
                && Objects.equals(known.headName(), headName));
        tally.household(known == null, changed);
        copy.add(importId).add(id).add(known == null).add(changed).add(known == null ? null : known.version())
                .add(ids.villageId()).add(line.code).add(headName).add(line.address).add(line.phone)
                .add(ids.clanId()).add(line.since).add(Text.fold(line.code) + (head < 0 ? "" : " " + line.folded[head]))
                .add(head < 0 ? Names.personSortKey("") : line.sortKeys[head]).endRow();
    }

    private int writeMembers(BinaryCopyWriter copy, long importId, Staged household, long[] personIds, int next,
                             Tally tally) throws SQLException {
        long householdId = household.id();
        var line = household.line();
        // Twins may share a name and a year: stored members of one key are matched in turn, never twice
        var byKey = new HashMap<String, ArrayDeque<ImportLookups.Member>>();
        for (var member : household.stored()) {
            byKey.computeIfAbsent(memberKey(member.nameFolded(), member.birthYear()), key -> new ArrayDeque<>())
                    .add(member);
        }
        int position = 0;
        int matchedCount = 0;
        for (int i = 0; i < line.members.size(); i++) {
            var member = line.members.get(i);
            PersonData person = member.person();
            String folded = line.folded[i];
            var sameKey = byKey.isEmpty() ? null : byKey.get(memberKey(folded, person.birthYear()));
            var known = sameKey == null ? null : sameKey.poll();
            boolean changed = known != null && MemberChange.differs(known, person, member.relation());
            matchedCount += known == null ? 0 : 1;
            tally.member(known == null, changed);
            long personId = known == null ? personIds[next++] : known.personId();
            copy.add(importId).add(householdId).add(personId).add(known == null).add(changed)
                    .add(person.fullName()).add(folded).add(line.sortKeys[i])
                    .add(person.birthYear()).add(MemberChange.name(person.sex())).add(person.occupation())
                    .add(MemberChange.name(person.targetGroup())).add(MemberChange.name(person.schoolLevel()))
                    .add(member.relation().name()).add(known == null ? position : known.position())
                    .add(line.since).endRow();
            position++;
        }
        tally.notInFile(household.stored().size() - matchedCount);
        return next;
    }

    private static int newMembersOfMatched(Map<HouseholdLine, ImportLookups.Household> matched,
                                           Map<Long, List<ImportLookups.Member>> members) {
        int count = 0;
        for (var entry : matched.entrySet()) {
            var keys = new HashMap<String, Integer>();
            for (var member : members.getOrDefault(entry.getValue().id(), List.of())) {
                keys.merge(memberKey(member.nameFolded(), member.birthYear()), 1, Integer::sum);
            }
            var line = entry.getKey();
            for (int i = 0; i < line.members.size(); i++) {
                String key = memberKey(line.folded[i], line.members.get(i).person().birthYear());
                if (keys.getOrDefault(key, 0) > 0) {
                    keys.merge(key, -1, Integer::sum);
                } else {
                    count++;
                }
            }
        }
        return count;
    }

    /** A member is matched within their household by folded name and year of birth. */
    private static String memberKey(String folded, Integer birthYear) {
        return folded + "|" + birthYear;
    }
}
