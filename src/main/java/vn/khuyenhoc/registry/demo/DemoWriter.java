package vn.khuyenhoc.registry.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.registry.generator.GeneratedHousehold;
import vn.khuyenhoc.registry.generator.GeneratedMember;
import vn.khuyenhoc.shared.Text;

/**
 * Writes the demo registry with {@code COPY}: persons (one record each, staff who live in the commune included
 * once), households with their residences and members, and staff. Ids are taken from the sequences first, so
 * the rows can refer to each other without a round trip per row.
 */
@Component
public class DemoWriter {

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final DemoOrganisations organisations;

    DemoWriter(JdbcClient jdbc, DataSource dataSource, DemoOrganisations organisations) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.organisations = organisations;
    }

    /** What was written: the households' ids and the numbers of persons and staff. */
    public record Written(List<Long> householdIds, int persons, int staff) {
    }

    public Written write(long communeId, Map<String, Long> villageIds, List<DemoHousehold> households,
                            List<DemoStaff> staff) {
        Map<String, Long> clanIds = organisations.insertClans(communeId);
        List<Long> organisationIds = organisations.insertOrganisations(communeId, villageIds);
        return writePeople(villageIds, clanIds, households, staff, organisationIds);
    }

    /** Persons, households (with residences and members) and staff of organisations already written. */
    public Written writePeople(Map<String, Long> villageIds, Map<String, Long> clanIds, List<DemoHousehold> households,
                               List<DemoStaff> staff, List<Long> organisationIds) {
        var people = people(households, staff);
        var keys = NameKeys.of(people.stream().map(GeneratedMember::fullName));
        var personIds = persons(people, keys);
        List<Long> householdIds = ids("reg_household_id_seq", households.size());
        householdRows(households, householdIds, villageIds, clanIds, keys)
                .copyInto(dataSource, """
                        reg_household (id, village_id, code, head_name, address, phone, clan_id, since, closed_on,
                                       search_folded, sort_key)""");
        residenceRows(households, householdIds, villageIds)
                .copyInto(dataSource, "reg_household_residence (household_id, village_id, valid_from, valid_to)");
        memberRows(households, householdIds, personIds)
                .copyInto(dataSource, "reg_member (household_id, person_id, relation, position, joined_on, left_on)");
        var staffRows = new CopyRows();
        for (var member : staff) {
            staffRows.value(organisationIds.get(member.organisation())).value(personIds.get(member.person()))
                    .value(member.position()).value(member.joinedOn()).endRow();
        }
        staffRows.copyInto(dataSource, "reg_staff (organisation_id, person_id, position, joined_on)");
        return new Written(householdIds, personIds.size(), staff.size());
    }

    /** Every person once: household members in order, then staff from elsewhere. */
    private static List<GeneratedMember> people(List<DemoHousehold> households, List<DemoStaff> staff) {
        var people = new ArrayList<GeneratedMember>();
        households.forEach(household -> people.addAll(household.household().members()));
        var seen = new IdentityHashMap<GeneratedMember, Boolean>();
        people.forEach(person -> seen.put(person, true));
        staff.stream().map(DemoStaff::person).filter(person -> seen.put(person, true) == null).forEach(people::add);
        return people;
    }

    private Map<GeneratedMember, Long> persons(List<GeneratedMember> people, Map<String, NameKeys> keys) {
        List<Long> ids = ids("reg_person_id_seq", people.size());
        var byPerson = new IdentityHashMap<GeneratedMember, Long>();
        var rows = new CopyRows();
        for (int i = 0; i < people.size(); i++) {
            var person = people.get(i);
            var name = keys.get(person.fullName());
            byPerson.put(person, ids.get(i));
            rows.value(ids.get(i)).value(person.fullName()).value(name.folded())
                    .value(name.sortKey()).value(person.birthYear())
                    .value(person.sex().name()).value(null).value(person.occupation())
                    .value(name(person.targetGroup())).value(name(person.schoolLevel())).endRow();
        }
        rows.copyInto(dataSource, """
                reg_person (id, full_name, name_folded, sort_key, birth_year, sex, phone, occupation, target_group,
                            school_level)""");
        return byPerson;
    }

    private static CopyRows householdRows(List<DemoHousehold> households, List<Long> ids,
                                          Map<String, Long> villages, Map<String, Long> clans,
                                          Map<String, NameKeys> keys) {
        var rows = new CopyRows();
        for (int i = 0; i < households.size(); i++) {
            GeneratedHousehold household = households.get(i).household();
            String head = household.head().fullName();
            var headKeys = keys.get(head);
            rows.value(ids.get(i)).value(villages.get(household.villageCode())).value(household.code())
                    .value(head).value(household.address()).value(household.phone())
                    .value(household.clanCode() == null ? null : clans.get(household.clanCode()))
                    .value(household.since()).value(households.get(i).closedOn())
                    .value(Text.fold(household.code()) + " " + headKeys.folded()).value(headKeys.sortKey()).endRow();
        }
        return rows;
    }

    private static CopyRows residenceRows(List<DemoHousehold> households, List<Long> ids, Map<String, Long> villages) {
        var rows = new CopyRows();
        for (int i = 0; i < households.size(); i++) {
            for (var residence : households.get(i).residences()) {
                rows.value(ids.get(i)).value(villages.get(residence.villageCode())).value(residence.from())
                        .value(residence.to()).endRow();
            }
        }
        return rows;
    }

    private static CopyRows memberRows(List<DemoHousehold> households, List<Long> ids,
                                       Map<GeneratedMember, Long> persons) {
        var rows = new CopyRows();
        for (int i = 0; i < households.size(); i++) {
            var household = households.get(i);
            LocalDate since = household.household().since();
            var members = household.household().members();
            for (int m = 0; m < members.size(); m++) {
                var member = members.get(m);
                LocalDate born = LocalDate.of(member.birthYear(), 1, 1);
                LocalDate joined = household.closedOn() != null || born.isBefore(since) ? since : born;
                rows.value(ids.get(i)).value(persons.get(member)).value(member.relation().name()).value(m)
                        .value(joined).value(household.closedOn()).endRow();
            }
        }
        return rows;
    }

    private List<Long> ids(String sequence, int count) {
        return jdbc.sql("select nextval(cast(:sequence as regclass)) from generate_series(1, :count)")
                .param("sequence", sequence).param("count", count).query(Long.class).list();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
