package vn.khuyenhoc.association;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.TestSessions;
import vn.khuyenhoc.web.SpreadsheetDownload;

/** The association's pages on the demo data, as the demo's officers see them. */
@IntegrationTest
class AssociationPagesIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private RequestPostProcessor signIn(String username) throws Exception {
        return TestSessions.signIn(mvc, username, "khuyenhoc");
    }

    private String page(RequestPostProcessor session, String url) throws Exception {
        var result = mvc.perform(get(url).with(session)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    @Test
    void aBranchOfficerSeesTheMembersOfTheirKhuPhoOnly() throws Exception {
        String list = page(signIn("kp8.lienhuong"), "/association/members");
        assertThat(list).contains("Có 22 hội viên").contains("Chi hội Khu phố 8").doesNotContain("Chi hội Khu phố 7");
    }

    @Test
    void theCommuneOfficerSeesTheFiguresOf2025InVietnameseFormat() throws Exception {
        long lienHuong = new AssociationFixtures(jdbc).unit("22969");
        String figures = page(signIn("xa.lienhuong"), "/association/figures?unit=" + lienHuong + "&year=2025");
        assertThat(figures).contains("14/14 (100,00%)").contains("5/7 (71,43%)").contains("Hội viên theo chi hội");
    }

    @Test
    void theMemberListIsExportedAsFilteredToExcel() throws Exception {
        var result = mvc.perform(get("/association/members/export").param("q", "xyz-nobody")
                .with(signIn("xa.lienhuong"))).andReturn().getResponse();
        assertThat(result.getStatus()).isEqualTo(200);
        assertThat(result.getContentType()).isEqualTo(SpreadsheetDownload.XLSX);
        assertThat(result.getContentAsByteArray()).startsWith('P', 'K');
        assertThat(result.getHeader("Content-Disposition")).contains("hoi-vien.xlsx").doesNotContain(".xlsx.xlsx");
    }

    @Test
    void theBranchesAndOfficersOfAnAssociationAreExportedToExcelAsItsPageShowsThem() throws Exception {
        long id = jdbc.sql("select id from assoc_unit where name = 'Hội Khuyến học Xã Liên Hương'")
                .query(Long.class).single();
        var session = signIn("xa.lienhuong");
        assertThat(page(session, "/association/units/" + id)).contains("/association/units/" + id + "/branches/export");
        var branches = sheet(session, "/association/units/" + id + "/branches/export");
        assertThat(branches.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Chi hội");
        assertThat(branches.getLastRowNum()).isEqualTo(14);
        var names = new java.util.ArrayList<String>();
        branches.forEach(row -> names.add(row.getCell(0).getStringCellValue()));
        assertThat(names).contains("Chi hội Khu phố 14");
        var officers = sheet(session, "/association/units/" + id + "/officers/export");
        assertThat(officers.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Chức vụ");
        var positions = new java.util.ArrayList<String>();
        officers.forEach(row -> positions.add(row.getCell(1).getStringCellValue()));
        assertThat(positions).contains("Chủ tịch");
    }

    private org.apache.poi.ss.usermodel.Sheet sheet(RequestPostProcessor session, String url) throws Exception {
        var response = mvc.perform(get(url).with(session)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(response.getContentAsByteArray()))) {
            return workbook.getSheetAt(0);
        }
    }

    @Test
    void theAssociationPageShowsItsPredecessorAndBranches() throws Exception {
        long id = jdbc.sql("select id from assoc_unit where name = 'Hội Khuyến học Xã Liên Hương'")
                .query(Long.class).single();
        String detail = page(signIn("xa.lienhuong"), "/association/units/" + id);
        assertThat(detail).contains("Hội Khuyến học thị trấn Liên Hương").contains("Chi hội Khu phố 14")
                .contains("Chủ tịch");
    }

    @Test
    void theImportPageOffersTheTemplateInTheOfficialHeaders() throws Exception {
        long id = jdbc.sql("select id from assoc_unit where name = 'Hội Khuyến học Xã Liên Hương'")
                .query(Long.class).single();
        var session = signIn("kp8.lienhuong");
        assertThat(page(session, "/association/imports?association=" + id)).contains("Tải tệp mẫu");
        var template = mvc.perform(get("/association/imports/template").with(session)).andReturn().getResponse();
        assertThat(template.getContentType()).isEqualTo(SpreadsheetDownload.XLSX);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(template.getContentAsByteArray()))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã thôn");
        }
    }

    @Test
    void theProvinceOfficerFindsTheAssociationsOfACommuneWithoutDiacritics() throws Exception {
        String list = page(signIn("tinh.lamdong"), "/association?q=lien huong");
        assertThat(list).contains("Có 2 Hội").contains("Hội Khuyến học Xã Liên Hương")
                .contains("Hội Khuyến học thị trấn Liên Hương").doesNotContain("Hội Khuyến học tỉnh");
    }
}
