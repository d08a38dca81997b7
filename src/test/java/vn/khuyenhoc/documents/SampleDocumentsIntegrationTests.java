package vn.khuyenhoc.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.accounts.TestSessions;

/** The administrator's sample paperwork, over HTTP through the guard. */
@IntegrationTest
class SampleDocumentsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void anAdministratorGetsTheSampleDecisionAsAPdfToLookAt() throws Exception {
        var admin = TestSessions.signIn(mvc, "admin", TestAccounts.PASSWORD);

        byte[] pdf = mvc.perform(get("/api/v1/documents/samples/decision.pdf").with(admin))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", Documents.PDF))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(String.join("\n", PdfReadBack.pages(pdf))).contains("QUYẾT ĐỊNH", "Số: 12/QĐ-UBND",
                "Nguyễn Thị Ánh", "60/GĐHT-2026");
    }

    @Test
    void anAdministratorGetsTheSampleDecisionAsDocxAndTheCertificates() throws Exception {
        var admin = TestSessions.signIn(mvc, "admin", TestAccounts.PASSWORD);

        byte[] docx = mvc.perform(get("/api/v1/documents/samples/decision.docx").with(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        byte[] certificates = mvc.perform(get("/api/v1/documents/samples/certificates.pdf").with(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        try (var document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(new XWPFWordExtractor(document).getText()).contains("Đặng Văn Đức");
        }
        assertThat(PdfReadBack.pages(certificates)).hasSize(3);
    }

    @Test
    void aCommuneOfficerMayNotFetchTheSamples() throws Exception {
        var officer = TestSessions.signIn(mvc, "xa.lienhuong", TestAccounts.PASSWORD);

        mvc.perform(get("/api/v1/documents/samples/certificates.pdf").with(officer)).andExpect(status().isForbidden());
    }
}
