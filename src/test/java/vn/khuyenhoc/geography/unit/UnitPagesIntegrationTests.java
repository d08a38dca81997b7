package vn.khuyenhoc.geography.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.TestSessions;
import vn.khuyenhoc.geography.UnitKind;
import vn.khuyenhoc.geography.Units;

/** The browse pages on the demo map, as the users of the demo would see them. */
@IntegrationTest
class UnitPagesIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Units units;

    private RequestPostProcessor signIn(String username) throws Exception {
        return TestSessions.signIn(mvc, username, "khuyenhoc");
    }

    private String page(RequestPostProcessor session, String url) throws Exception {
        var result = mvc.perform(get(url).with(session)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private String search(RequestPostProcessor session, String query, String on) throws Exception {
        var request = get("/geography/units/search").param("q", query).with(session);
        if (on != null) {
            request.param("on", on);
        }
        var result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private long unit(String code, UnitKind kind, LocalDate on) {
        return units.byCode(code, kind, on).orElseThrow().unitId();
    }

    @Test
    void todaysTreeShowsTheProvincesAndHoChiMinhCityHoldsXaNhaBe() throws Exception {
        var admin = signIn("admin");
        long hcm = unit("79", UnitKind.PROVINCE, LocalDate.now());

        assertThat(page(admin, "/geography/units")).contains("Lâm Đồng", "Hồ Chí Minh").doesNotContain("Bình Thuận");
        assertThat(page(admin, "/geography/units/" + hcm + "/children")).contains("Xã Nhà Bè")
                .doesNotContain("Huyện Nhà Bè");
    }

    @Test
    void theTreeAsOf2024ShowsTheOldDistrictAndItsThreeCommunes() throws Exception {
        var admin = signIn("admin");
        long hcm = unit("79", UnitKind.PROVINCE, LocalDate.now());
        long district = unit("786", UnitKind.DISTRICT, LocalDate.of(2024, 1, 1));

        assertThat(page(admin, "/geography/units?on=2024-01-01")).contains("Tỉnh Bình Thuận");
        assertThat(page(admin, "/geography/units/" + hcm + "/children?on=2024-01-01")).contains("Huyện Nhà Bè");
        assertThat(page(admin, "/geography/units/" + district + "/children?on=2024-01-01"))
                .contains("Thị trấn Nhà Bè", "Xã Phú Xuân", "Xã Phước Lộc");
    }

    @Test
    void searchIgnoresDiacriticsAndMatchesDWithDStroke() throws Exception {
        var admin = signIn("admin");

        assertThat(search(admin, "lien huong", null)).contains("Xã Liên Hương");
        assertThat(search(admin, "LIÊN  HƯƠNG ", null)).contains("Xã Liên Hương");
        assertThat(search(admin, "lam dong", null)).contains("Lâm Đồng");
        assertThat(search(admin, "lien huong", "2024-06-01")).contains("Thị trấn Liên Hương")
                .doesNotContain("Xã Liên Hương");
    }

    @Test
    void aUnitsHistoryShowsItsVersionsAndPredecessors() throws Exception {
        var admin = signIn("admin");
        long nhaBe = unit("27655", UnitKind.COMMUNE, LocalDate.now());

        String history = page(admin, "/geography/units/" + nhaBe);

        assertThat(history).contains("Xã Phú Xuân", "30/06/2025", "Xã Nhà Bè", "01/07/2025",
                "Thị trấn Nhà Bè", "Xã Phước Lộc", "Sáp nhập");
    }

    @Test
    void aCommuneOfficerSeesOnlyTheirCommune() throws Exception {
        var officer = signIn("xa.lienhuong");
        long nhaBe = unit("27655", UnitKind.COMMUNE, LocalDate.now());
        long lienHuong = unit("22969", UnitKind.COMMUNE, LocalDate.now());

        assertThat(page(officer, "/geography/units")).contains("Xã Liên Hương").doesNotContain("Lâm Đồng");
        assertThat(page(officer, "/geography/units/" + lienHuong + "/children")).contains("Khu phố 1", "Khu phố 14");
        assertThat(search(officer, "nha be", null)).doesNotContain("Nhà Bè");
        assertThat(search(officer, "khu pho 8", null)).contains("Khu phố 8");
        assertThat(mvc.perform(get("/geography/units/" + nhaBe).with(officer)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void theOfficerOfAMergedCommuneSeesItsPredecessorsAsTheyWereIn2024() throws Exception {
        var officer = signIn("xa.lienhuong");

        assertThat(page(officer, "/geography/units?on=2024-01-01")).contains("Thị trấn Liên Hương")
                .doesNotContain("Huyện Tuy Phong");
    }
}
