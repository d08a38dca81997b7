package vn.khuyenhoc.round.web;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.round.CertificateBatch;
import vn.khuyenhoc.round.CertificateBatches;
import vn.khuyenhoc.round.DecisionPapers;
import vn.khuyenhoc.round.DecisionScan;
import vn.khuyenhoc.round.DecisionScans;
import vn.khuyenhoc.round.DecisionView;
import vn.khuyenhoc.round.RoundClosing;
import vn.khuyenhoc.round.RoundView;
import vn.khuyenhoc.shared.InvalidInput;

/**
 * A round's decisions and their paperwork as JSON: the decisions, certificate batches (started, then polled), the
 * signed scans, and closing or reopening the round. The files themselves are served by PaperDownloadController.
 */
@RestController
@RequestMapping("/api/v1/rounds/{id}")
class DecisionApiController {

    private final DecisionPapers papers;
    private final CertificateBatches batches;
    private final DecisionScans scans;
    private final RoundClosing closing;

    DecisionApiController(DecisionPapers papers, CertificateBatches batches, DecisionScans scans,
                          RoundClosing closing) {
        this.papers = papers;
        this.batches = batches;
        this.scans = scans;
        this.closing = closing;
    }

    @GetMapping("/decisions")
    @Operation(summary = "The round's decisions (recognitions and revocations) with how many subjects each names")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "round")
    List<DecisionView> decisions(@PathVariable long id) {
        return papers.decisionsOf(id);
    }

    @GetMapping("/decisions/{decisionId}")
    @Operation(summary = "One decision of the round")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "round")
    DecisionView decision(@PathVariable long id, @PathVariable long decisionId) {
        return papers.decision(id, decisionId);
    }

    @PostMapping("/decisions/{decisionId}/certificates")
    @Operation(summary = "Starts rendering every certificate of the decision in the background; poll the batch")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "round", write = true)
    ResponseEntity<CertificateBatch> startCertificates(@PathVariable long id, @PathVariable long decisionId) {
        CertificateBatch batch = batches.start(id, decisionId);
        return ResponseEntity.accepted().location(URI.create("/api/v1/rounds/" + id + "/certificate-batches/"
                + batch.id())).body(batch);
    }

    @GetMapping("/certificate-batches/{batchId}")
    @Operation(summary = "How far a certificate batch has got (WORKING, READY or FAILED; done of total)")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "round")
    CertificateBatch batch(@PathVariable long id, @PathVariable long batchId) {
        return batches.find(id, batchId);
    }

    @GetMapping("/decisions/{decisionId}/scans")
    @Operation(summary = "The signed scans kept with the decision")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "round")
    List<DecisionScan> scans(@PathVariable long id, @PathVariable long decisionId) {
        return scans.of(id, decisionId);
    }

    @PostMapping("/decisions/{decisionId}/scans")
    @Operation(summary = "Keeps the signed, stamped scan (PDF, JPEG or PNG, at most 10 MB) with the decision")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "round", write = true)
    ResponseEntity<Map<String, Long>> uploadScan(@PathVariable long id, @PathVariable long decisionId,
                                                 @RequestParam(required = false) MultipartFile file)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInput("round.scan.missing");
        }
        long scan = scans.attach(id, decisionId, file.getOriginalFilename(), file.getBytes());
        return ResponseEntity.created(URI.create("/api/v1/rounds/" + id + "/decisions/" + decisionId + "/scans/"
                + scan)).body(Map.of("id", scan));
    }

    @PostMapping("/close")
    @Operation(summary = "Closes the round read at the given version: no more registrations, sheets or reviews")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "round", write = true)
    RoundView close(@PathVariable long id, @RequestParam int version) {
        return closing.close(id, version);
    }

    @PostMapping("/reopen")
    @Operation(summary = "Reopens a closed round read at the given version")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "round", write = true)
    RoundView reopen(@PathVariable long id, @RequestParam int version) {
        return closing.reopen(id, version);
    }
}
