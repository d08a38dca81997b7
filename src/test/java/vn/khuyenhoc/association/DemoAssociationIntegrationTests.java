package vn.khuyenhoc.association;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.association.figures.FigureQueries;
import vn.khuyenhoc.association.figures.Share;
import vn.khuyenhoc.association.structure.StructureRecords;

/** The demo association of Xã Liên Hương, as every test context loads it (fourteen khu phố, seven clans). */
@IntegrationTest
class DemoAssociationIntegrationTests {

    @Autowired StructureRecords records;
    @Autowired FigureQueries figures;
    @Autowired JdbcClient jdbc;

    @Test
    void theCommunesAssociationContinuesTheTownsWithABranchInEveryKhuPhoAndBoardsInFiveClans() {
        long lienHuong = new AssociationFixtures(jdbc).unit("22969");
        var association = records.unitOf(lienHuong, LocalDate.now()).orElseThrow();
        var town = records.unitOf(lienHuong, LocalDate.of(2020, 1, 1)).orElseThrow();

        assertThat(association.name()).isEqualTo("Hội Khuyến học Xã Liên Hương");
        assertThat(town.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(jdbc.sql("select successor_id from assoc_unit_lineage where predecessor_id = :t")
                .param("t", town.id()).query(Long.class).single()).isEqualTo(association.id());
        var of2025 = figures.figures(lienHuong, 2025);
        assertThat(of2025.villagesWithBranch()).isEqualTo(new Share(14, 14));
        assertThat(of2025.clansWithBoard()).isEqualTo(new Share(5, 7));
        assertThat(jdbc.sql("select count(*) from assoc_member where assoc_unit_id = :a")
                .param("a", association.id()).query(Long.class).single()).isEqualTo(14 * 22);
    }
}
