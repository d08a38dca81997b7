package vn.khuyenhoc.documents.sample;

import static vn.khuyenhoc.accounts.Role.ADMIN;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.documents.Documents;
import vn.khuyenhoc.documents.Progress;

/**
 * Sample paperwork for an administrator to look at the layout: a decision over 60 households (PDF and .docx), its
 * dossier (.docx) and three certificates. Made-up names only; no data is read.
 */
@RestController
@RequestMapping("/api/v1/documents/samples")
@Access(ADMIN)
class SampleDocumentsController {

    private static final int HOUSEHOLDS = 60;

    private final Documents documents;

    SampleDocumentsController(Documents documents) {
        this.documents = documents;
    }

    @GetMapping("/decision.pdf")
    void decisionPdf(HttpServletResponse response) throws IOException {
        documents.decisionPdf(Samples.decision(HOUSEHOLDS), open(response, Documents.PDF, "quyet-dinh-mau.pdf"));
    }

    @GetMapping("/decision.docx")
    void decisionDocx(HttpServletResponse response) throws IOException {
        documents.decisionDocx(Samples.decision(HOUSEHOLDS), open(response, Documents.DOCX, "quyet-dinh-mau.docx"));
    }

    @GetMapping("/proposal-letter.docx")
    void proposalLetter(HttpServletResponse response) throws IOException {
        documents.proposalLetterDocx(Samples.proposalLetter(HOUSEHOLDS),
                open(response, Documents.DOCX, "to-trinh-mau.docx"));
    }

    @GetMapping("/review-minutes.docx")
    void reviewMinutes(HttpServletResponse response) throws IOException {
        documents.reviewMinutesDocx(Samples.reviewMinutes(HOUSEHOLDS),
                open(response, Documents.DOCX, "bien-ban-hop-xet-mau.docx"));
    }

    @GetMapping("/proposed-list.docx")
    void proposedList(HttpServletResponse response) throws IOException {
        documents.proposedListDocx(Samples.proposedList(HOUSEHOLDS),
                open(response, Documents.DOCX, "danh-sach-de-nghi-mau.docx"));
    }

    @GetMapping("/certificates.pdf")
    void certificates(HttpServletResponse response) throws IOException {
        documents.certificatesPdf(Samples.certificates(3), open(response, Documents.PDF, "giay-cong-nhan-mau.pdf"),
                Progress.NONE);
    }

    private static OutputStream open(HttpServletResponse response, String type, String fileName) throws IOException {
        response.setContentType(type);
        response.setHeader("Content-Disposition", ContentDisposition.inline()
                .filename(fileName, StandardCharsets.UTF_8).build().toString());
        return response.getOutputStream();
    }
}
