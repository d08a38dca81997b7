package vn.khuyenhoc.learningcentre;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;

/** The demo centres are there in bulk with one audit entry, Nhà Bè's wait for their merger, and loading twice adds nothing. */
@IntegrationTest
@Transactional
class DemoLearningCentresIntegrationTests {

    @Autowired DemoLearningCentres demo;
    @Autowired JdbcClient jdbc;

    @Test
    void theDemoCentresLoadOnceWithOneAuditEntry() {
        var names = jdbc.sql("select name from lc_centre order by id").query(String.class).list();
        long entries = jdbc.sql("""
                select count(*) from audit_entry where entity = 'learningcentre-centre' and action = 'demo'""")
                .query(Long.class).single();
        long ratedLienHuong = jdbc.sql("""
                select count(*) from lc_rating r join lc_centre c on c.id = r.centre_id
                where c.name = 'Trung tâm học tập cộng đồng xã Liên Hương'""").query(Long.class).single();

        assertThat(names).contains("Trung tâm học tập cộng đồng xã Liên Hương",
                "Trung tâm học tập cộng đồng thị trấn Nhà Bè", "Trung tâm học tập cộng đồng xã Phước Lộc",
                "Trung tâm học tập cộng đồng xã Phú Xuân");
        assertThat(entries).isEqualTo(1);
        assertThat(ratedLienHuong).isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from lc_centre where valid_to is not null").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from lc_activity where year = 2019").query(Long.class).single()).isZero();
        assertThat(demo.load(1)).isEmpty();
    }
}
