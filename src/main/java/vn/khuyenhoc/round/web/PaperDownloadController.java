package vn.khuyenhoc.round.web;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.documents.Documents;
import vn.khuyenhoc.round.CertificateBatches;
import vn.khuyenhoc.round.DecisionPapers;
import vn.khuyenhoc.round.DecisionScans;

/**
 * The round's paperwork as files, for the pages and the API alike: a decision as PDF or .docx, a proposal's
 * dossier papers as .docx, a finished certificate batch, one certificate, a decision's signed scan.
 */
@RestController
class PaperDownloadController {

    private final DecisionPapers papers;
    private final CertificateBatches batches;
    private final DecisionScans scans;

    PaperDownloadController(DecisionPapers papers, CertificateBatches batches, DecisionScans scans) {
        this.papers = papers;
        this.batches = batches;
        this.scans = scans;
    }

    @GetMapping({"/rounds/{id}/decisions/{decisionId}/pdf", "/api/v1/rounds/{id}/decisions/{decisionId}/pdf"})
    @Operation(summary = "The recognition decision as a PDF (NĐ 30/2020 layout) with the list of recognised subjects")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "round")
    ResponseEntity<byte[]> decisionPdf(@PathVariable long id, @PathVariable long decisionId) {
        return send(papers.decisionPdf(id, decisionId));
    }

    @GetMapping({"/rounds/{id}/decisions/{decisionId}/docx", "/api/v1/rounds/{id}/decisions/{decisionId}/docx"})
    @Operation(summary = "The recognition decision as an editable .docx")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "round")
    ResponseEntity<byte[]> decisionDocx(@PathVariable long id, @PathVariable long decisionId) {
        return send(papers.decisionDocx(id, decisionId));
    }

    @GetMapping({"/rounds/{id}/proposals/{proposalId}/dossier/{paper}",
            "/api/v1/rounds/{id}/proposals/{proposalId}/dossier/{paper}"})
    @Operation(summary = "A paper of the proposal's dossier as .docx: letter (tờ trình), minutes (biên bản họp xét) "
            + "or list (danh sách đề nghị)")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "round")
    ResponseEntity<byte[]> dossier(@PathVariable long id, @PathVariable long proposalId, @PathVariable String paper) {
        return send(papers.dossier(id, proposalId, paper));
    }

    @GetMapping({"/rounds/{id}/certificate-batches/{batchId}/file",
            "/api/v1/rounds/{id}/certificate-batches/{batchId}/file"})
    @Operation(summary = "The finished batch: every certificate of the decision in one PDF, one A4 landscape page each")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "round")
    ResponseEntity<Resource> batchFile(@PathVariable long id, @PathVariable long batchId) {
        return Downloads.attachment(batches.find(id, batchId).fileName(), Documents.PDF, batches.file(id, batchId));
    }

    /** Any signed-in user may ask; the service answers only those who may read the recognised subject. */
    @GetMapping({"/rounds/recognitions/{recognitionId}/certificate",
            "/api/v1/rounds/recognitions/{recognitionId}/certificate"})
    @Operation(summary = "One certificate on demand, as a one-page PDF")
    @Access(allRoles = true)
    ResponseEntity<byte[]> certificate(@PathVariable long recognitionId) {
        return send(papers.certificate(recognitionId));
    }

    @GetMapping({"/rounds/{id}/decisions/{decisionId}/scans/{scanId}",
            "/api/v1/rounds/{id}/decisions/{decisionId}/scans/{scanId}"})
    @Operation(summary = "Downloads a signed scan of the decision")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "round")
    ResponseEntity<byte[]> scan(@PathVariable long id, @PathVariable long decisionId, @PathVariable long scanId) {
        var file = scans.open(id, decisionId, scanId);
        return Downloads.attachment(file.fileName(), file.contentType(), file.content());
    }

    private static ResponseEntity<byte[]> send(DecisionPapers.Paper paper) {
        return Downloads.attachment(paper.fileName(), paper.contentType(), paper.content());
    }
}
