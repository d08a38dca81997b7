package vn.khuyenhoc.registry.household;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.registry.Relation;
import vn.khuyenhoc.registry.SchoolLevel;
import vn.khuyenhoc.registry.Sex;
import vn.khuyenhoc.registry.TargetGroup;
import vn.khuyenhoc.registry.household.HouseholdRow.Village;
import vn.khuyenhoc.shared.NotFound;

/** One household with its members, where it lived when, its consent and the clans it may belong to. */
@Component
class HouseholdDetails {

    private final JdbcClient jdbc;
    private final HouseholdRecords records;

    HouseholdDetails(JdbcClient jdbc, HouseholdRecords records) {
        this.jdbc = jdbc;
        this.records = records;
    }

    record Detail(HouseholdRecords.Household household, Village village, String clanName, List<MemberRow> members,
                  List<ResidenceRow> residences, ConsentRow consent) {
    }

    /** A member; an erased person has no name (the page shows them by id). */
    record MemberRow(long id, long personId, String fullName, Integer birthYear, Sex sex, String phone,
                     String occupation, TargetGroup targetGroup, SchoolLevel schoolLevel, Relation relation,
                     LocalDate joinedOn, LocalDate leftOn, int version) {

        public boolean current() {
            return leftOn == null;
        }
    }

    record ResidenceRow(long villageId, String villageCode, String villageName, LocalDate validFrom,
                        LocalDate validTo) {
    }

    record ConsentRow(long id, LocalDate givenOn, String textVersion, LocalDate withdrawnOn) {

        public boolean inForce() {
            return withdrawnOn == null;
        }
    }

    record Clan(long id, String code, String name) {
    }

    Detail find(long id) {
        var household = records.find(id).orElseThrow(() -> new NotFound("household", id));
        var village = village(household.villageId());
        String clan = household.clanId() == null ? null : jdbc.sql("select name from reg_clan where id = :id")
                .param("id", household.clanId()).query(String.class).optional().orElse(null);
        return new Detail(household, village, clan, members(id), residences(id), consent(id).orElse(null));
    }

    List<MemberRow> members(long householdId) {
        return jdbc.sql("""
                select m.id, m.person_id, p.full_name, p.birth_year, p.sex, p.phone, p.occupation, p.target_group,
                       p.school_level, m.relation, m.joined_on, m.left_on, p.version
                from reg_member m join reg_person p on p.id = m.person_id
                where m.household_id = :id
                order by (m.left_on is not null), (m.relation <> 'HEAD'), m.position, m.id""")
                .param("id", householdId).query(MemberRow.class).list();
    }

    Optional<MemberRow> member(long householdId, long memberId) {
        return members(householdId).stream().filter(m -> m.id() == memberId).findFirst();
    }

    List<Clan> clansOfCommuneOf(long villageId) {
        return jdbc.sql("""
                select c.id, c.code, c.name from reg_clan c
                where c.closed_on is null and c.commune_id = (select parent_id from geography_unit_current
                                                              where unit_id = :village)
                order by c.sort_key, c.code""")
                .param("village", villageId).query(Clan.class).list();
    }

    private List<ResidenceRow> residences(long householdId) {
        return jdbc.sql("""
                select r.village_id, v.code as village_code, v.name as village_name, r.valid_from, r.valid_to
                from reg_household_residence r left join geography_unit_current v on v.unit_id = r.village_id
                where r.household_id = :id order by r.valid_from desc""")
                .param("id", householdId).query(ResidenceRow.class).list();
    }

    private Optional<ConsentRow> consent(long householdId) {
        return jdbc.sql("""
                select id, given_on, text_version, withdrawn_on from reg_consent where household_id = :id
                order by given_on desc, id desc limit 1""")
                .param("id", householdId).query(ConsentRow.class).optional();
    }

    private Village village(long villageId) {
        return jdbc.sql("select unit_id, code, name from geography_unit_current where unit_id = :id")
                .param("id", villageId).query(Village.class).optional()
                .orElse(new Village(villageId, "", ""));
    }
}
