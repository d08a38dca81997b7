package vn.khuyenhoc.registry.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.registry.HouseholdMembers;
import vn.khuyenhoc.registry.Households;
import vn.khuyenhoc.registry.MemberForm;
import vn.khuyenhoc.registry.Relation;
import vn.khuyenhoc.shared.InvalidInput;

@IntegrationTest
@Transactional
class MemberIntegrationTests {

    @Autowired Households households;
    @Autowired HouseholdMembers members;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService userDetails;
    @Autowired Accounts accounts;
    HouseholdFixtures fixtures;
    long household;

    @BeforeEach
    void householdOfKhuPho8() {
        new TestAccounts(jdbc, accounts, userDetails).signIn("kp8.lienhuong");
        fixtures = new HouseholdFixtures(households, jdbc);
        household = fixtures.create("22969-008", "MEM-001", "Lê Văn An", null, LocalDate.of(2020, 1, 1));
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void makingAnotherMemberTheHeadDemotesTheOldHeadAndRenamesTheHousehold() {
        members.addMember(household, new MemberForm(HouseholdFixtures.person("Trần Thị Dung", 1982), Relation.HEAD,
                LocalDate.of(2021, 1, 1), null));

        assertThat(relations()).containsExactly("OTHER", "HEAD");
        assertThat(jdbc.sql("select head_name from reg_household where id = :id").param("id", household)
                .query(String.class).single()).isEqualTo("Trần Thị Dung");
    }

    @Test
    void theHeadCannotLeaveNorBeDemotedDirectly() {
        long head = memberIds().get(0);
        int version = jdbc.sql("select p.version from reg_member m join reg_person p on p.id = m.person_id where m.id = :m")
                .param("m", head).query(Integer.class).single();

        assertThatThrownBy(() -> members.removeMember(household, head, LocalDate.now()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("registry.member.headStays"));
        assertThatThrownBy(() -> members.updateMember(household, head, new MemberForm(
                HouseholdFixtures.person("Lê Văn An", 1980), Relation.SPOUSE, null, version)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("registry.member.headStays"));
        assertThat(relations()).containsExactly("HEAD");
    }

    @Test
    void aMemberWhoLeavesIsKeptWithTheDayTheyLeftAndTheAuditNamesThemById() {
        long child = members.addMember(household, new MemberForm(HouseholdFixtures.person("Lê Văn Bình", 2005),
                Relation.CHILD, LocalDate.of(2020, 1, 1), null));

        members.removeMember(household, child, LocalDate.of(2024, 9, 1));

        assertThat(jdbc.sql("select left_on from reg_member where id = :id").param("id", child)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2024, 9, 1));
        String audit = jdbc.sql("""
                select string_agg(coalesce(before::text, '') || after::text, ' ') from audit_entry
                where entity = 'household' and entity_id = :id and action in ('member-add', 'member-remove')""")
                .param("id", household).query(String.class).single();
        assertThat(audit).contains("\"memberId\": " + child, "\"leftOn\": \"2024-09-01\"").doesNotContain("Bình", "2005");
    }

    @Test
    void aMemberEditedMeanwhileIsNotOverwritten() {
        long child = members.addMember(household, new MemberForm(HouseholdFixtures.person("Lê Văn Bình", 2005),
                Relation.CHILD, null, null));
        members.updateMember(household, child, new MemberForm(HouseholdFixtures.person("Lê Văn Bính", 2005),
                Relation.CHILD, null, 0));

        assertThatThrownBy(() -> members.updateMember(household, child, new MemberForm(
                HouseholdFixtures.person("Lê Văn Binh", 2005), Relation.CHILD, null, 0)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey())
                        .isEqualTo("registry.member.changedMeanwhile"));
    }

    private java.util.List<Long> memberIds() {
        return jdbc.sql("select id from reg_member where household_id = :id order by id").param("id", household)
                .query(Long.class).list();
    }

    private java.util.List<String> relations() {
        return jdbc.sql("select relation from reg_member where household_id = :id and left_on is null order by id")
                .param("id", household).query(String.class).list();
    }
}
