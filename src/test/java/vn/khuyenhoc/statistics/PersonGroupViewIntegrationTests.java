package vn.khuyenhoc.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;

/** The registry's view of a person's target group, as statistics joins it to citizens' registrations. */
@IntegrationTest
@Transactional
class PersonGroupViewIntegrationTests {

    @Autowired JdbcClient jdbc;

    @Test
    void theViewGivesEachPersonsTargetGroupAndNullWhereNoneIsRecorded() {
        long farmer = person("Nông Văn Thử", "FARMER");
        long unknown = person("Không Rõ Thử", null);

        assertThat(group(farmer)).isEqualTo("FARMER");
        assertThat(group(unknown)).isNull();
        assertThat(jdbc.sql("select count(*) from registry_person_group where person_id in (:a, :b)")
                .param("a", farmer).param("b", unknown).query(Long.class).single()).isEqualTo(2);
    }

    private long person(String name, String group) {
        return jdbc.sql("""
                insert into reg_person (full_name, target_group) values (:name, :group) returning id""")
                .param("name", name).param("group", group).query(Long.class).single();
    }

    private String group(long person) {
        return jdbc.sql("select target_group from registry_person_group where person_id = :p")
                .param("p", person).query(String.class).optional().orElse(null);
    }
}
