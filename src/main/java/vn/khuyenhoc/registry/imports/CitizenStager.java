package vn.khuyenhoc.registry.imports;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.accounts.CurrentUser;
import vn.khuyenhoc.registry.common.Names;
import vn.khuyenhoc.shared.Text;

/**
 * Checks a citizens file (organisation by commune and code, household by village and code, each in the user's
 * area) and stages it: each person matched at their place by folded name and year of birth, or new.
 */
@Component
class CitizenStager {

    private static final String COLUMNS = "import_id, person_id, is_new, changed, organisation_id, household_id, "
            + "unit_id, full_name, name_folded, sort_key, birth_year, sex, target_group, position";

    /** The place a line resolves to: an organisation or a household, and the unit the guard checked. */
    record Place(Long organisationId, Long householdId, long unitId) {
    }

    private final ImportLookups lookups;
    private final AreaGuard guard;
    private final DataSource dataSource;

    CitizenStager(ImportLookups lookups, AreaGuard guard, DataSource dataSource) {
        this.lookups = lookups;
        this.guard = guard;
        this.dataSource = dataSource;
    }

    Map<CitizenLine, Place> resolve(ParsedFile file, CurrentUser user) {
        var lines = file.citizens();
        var communes = lookups.units("COMMUNE", lines.stream().filter(CitizenLine::atOrganisation)
                .map(CitizenLine::communeCode).collect(Collectors.toSet()));
        var villages = lookups.units("VILLAGE", lines.stream().filter(l -> !l.atOrganisation())
                .map(CitizenLine::villageCode).collect(Collectors.toSet()));
        var organisations = new HashMap<String, Long>();
        lookups.organisations(communes.values().stream().map(ImportLookups.Unit::id).toList())
                .forEach(o -> organisations.put(o.communeId() + "\u0000" + o.code(), o.id()));
        var households = lookups.households(villages.values().stream().map(ImportLookups.Unit::id).toList());
        var allowed = new HashSet<Long>();
        var resolved = new HashMap<CitizenLine, Place>();
        for (CitizenLine line : lines) {
            var unit = line.atOrganisation() ? communes.get(line.communeCode()) : villages.get(line.villageCode());
            Column column = line.atOrganisation() ? Column.COMMUNE_CODE : Column.VILLAGE_CODE;
            String code = line.atOrganisation() ? line.communeCode() : line.villageCode();
            if (unit == null) {
                file.problems().add(line.sheet(), line.row(), column, line.atOrganisation()
                        ? "registry.imports.unknownCommune" : "registry.imports.unknownVillage", code);
            } else if (!allowed.contains(unit.id()) && (user.role().readOnly() || !guard.covers(user, unit.id()))) {
                file.problems().add(line.sheet(), line.row(), column, line.atOrganisation()
                        ? "registry.imports.communeOutsideArea" : "registry.imports.villageOutsideArea", code);
            } else {
                allowed.add(unit.id());
                place(file, line, unit.id(), organisations, households, resolved);
            }
        }
        return resolved;
    }

    private void place(ParsedFile file, CitizenLine line, long unit, Map<String, Long> organisations,
                       Map<String, ImportLookups.Household> households, Map<CitizenLine, Place> resolved) {
        if (line.atOrganisation()) {
            Long organisation = organisations.get(unit + "\u0000" + line.organisationCode());
            if (organisation == null) {
                file.problems().add(line.sheet(), line.row(), Column.ORGANISATION_CODE,
                        "registry.imports.unknownOrganisation", line.organisationCode());
            } else {
                resolved.put(line, new Place(organisation, null, unit));
            }
            return;
        }
        var household = households.get(unit + "\u0000" + line.householdCode());
        if (household == null) {
            file.problems().add(line.sheet(), line.row(), Column.HOUSEHOLD_CODE, "registry.imports.unknownHousehold",
                    line.householdCode());
        } else {
            resolved.put(line, new Place(null, household.id(), unit));
        }
    }

    Map<String, Integer> stage(long importId, Map<CitizenLine, Place> resolved) throws SQLException {
        var known = known(resolved);
        var tally = new Tally();
        long[] ids = lookups.reserveIds("reg_person_id_seq",
                (int) resolved.keySet().stream().filter(line -> !known.containsKey(line)).count());
        var connection = DataSourceUtils.getConnection(dataSource);
        CopyWriter copy = null;
        try {
            copy = CopyWriter.open(connection, "reg_import_citizen", COLUMNS);
            int next = 0;
            for (var entry : resolved.entrySet()) {
                var line = entry.getKey();
                var person = line.person();
                var match = known.get(line);
                boolean changed = match != null && !match.equals(line);
                tally.record(match == null, changed);
                copy.add(importId).add(match == null ? ids[next++] : match.personId()).add(match == null)
                        .add(changed).add(entry.getValue().organisationId()).add(entry.getValue().householdId())
                        .add(entry.getValue().unitId()).add(person.fullName()).add(Text.fold(person.fullName()))
                        .add(Names.personSortKey(person.fullName())).add(person.birthYear())
                        .add(MemberChange.name(person.sex())).add(MemberChange.name(person.targetGroup()))
                        .add(line.position()).endRow();
            }
            copy.finish();
        } catch (SQLException | RuntimeException e) {
            CopyWriter.abort(copy);
            throw e;
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        return tally.counts();
    }

    /** A stored person a line matched, with what the line would set, to tell whether anything changes. */
    private record Match(long personId, String fullName, String sex, String targetGroup, String position) {

        boolean equals(CitizenLine line) {
            return Objects.equals(fullName, line.person().fullName())
                    && Objects.equals(sex, MemberChange.name(line.person().sex()))
                    && Objects.equals(targetGroup, MemberChange.name(line.person().targetGroup()))
                    && Objects.equals(position, line.position());
        }
    }

    private Map<CitizenLine, Match> known(Map<CitizenLine, Place> resolved) {
        var byKey = new HashMap<String, Match>();
        var organisations = resolved.values().stream().map(Place::organisationId).filter(Objects::nonNull).toList();
        var households = resolved.values().stream().map(Place::householdId).filter(Objects::nonNull).toList();
        lookups.staff(organisations).forEach(s -> byKey.putIfAbsent("o" + s.organisationId() + "|" + s.nameFolded()
                + "|" + s.birthYear(), new Match(s.personId(), s.fullName(), s.sex(), s.targetGroup(), s.position())));
        lookups.members(households).values().forEach(list -> list.forEach(m -> byKey.putIfAbsent("h"
                + m.householdId() + "|" + m.nameFolded() + "|" + m.birthYear(),
                new Match(m.personId(), m.fullName(), m.sex(), m.targetGroup(), null))));
        var known = new HashMap<CitizenLine, Match>();
        resolved.forEach((line, place) -> {
            String key = (place.organisationId() != null ? "o" + place.organisationId() : "h" + place.householdId())
                    + "|" + Text.fold(line.person().fullName()) + "|" + line.person().birthYear();
            var match = byKey.get(key);
            if (match != null) {
                known.put(line, match);
            }
        });
        return known;
    }
}
