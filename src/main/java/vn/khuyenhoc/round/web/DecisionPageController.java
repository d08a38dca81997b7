package vn.khuyenhoc.round.web;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;

import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.round.CertificateBatches;
import vn.khuyenhoc.round.DecisionPapers;
import vn.khuyenhoc.round.DecisionScans;
import vn.khuyenhoc.round.Decisions;
import vn.khuyenhoc.round.RoundClosing;
import vn.khuyenhoc.round.Rounds;
import vn.khuyenhoc.shared.InvalidInput;

/**
 * A decision's page (its papers to download, the certificates rendered in the background with their progress, the
 * signed scan), and the papers part of a round's page (decisions, dossiers, closing), loaded by htmx.
 */
@Controller
@RequestMapping("/rounds/{id}")
class DecisionPageController {

    private final Rounds rounds;
    private final Decisions decisions;
    private final DecisionPapers papers;
    private final CertificateBatches batches;
    private final DecisionScans scans;
    private final RoundClosing closing;

    DecisionPageController(Rounds rounds, Decisions decisions, DecisionPapers papers, CertificateBatches batches,
                           DecisionScans scans, RoundClosing closing) {
        this.rounds = rounds;
        this.decisions = decisions;
        this.papers = papers;
        this.batches = batches;
        this.scans = scans;
        this.closing = closing;
    }

    /** The round page's part about paperwork; officers who cannot recognise or propose get an empty part. */
    @GetMapping("/papers")
    @Access(allRoles = true, area = "id", kind = "round")
    String roundPapers(@PathVariable long id, Model model) {
        var round = rounds.require(id);
        boolean recogniser = closing.mayClose(round);
        model.addAttribute("round", round);
        model.addAttribute("closer", recogniser);
        model.addAttribute("decisions", recogniser ? papers.decisionsOf(id) : java.util.List.of());
        model.addAttribute("proposals", decisions.proposals(id));
        return "round/papers :: papers";
    }

    @GetMapping("/decisions/{decisionId}")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "round")
    String decision(@PathVariable long id, @PathVariable long decisionId,
                    @RequestParam(required = false) Long batch, Model model) {
        model.addAttribute("round", rounds.require(id));
        model.addAttribute("decision", papers.decision(id, decisionId));
        model.addAttribute("scans", scans.of(id, decisionId));
        model.addAttribute("batch", batch == null ? null : batches.find(id, batch));
        return "round/decision";
    }

    @PostMapping("/decisions/{decisionId}/certificates")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "round", write = true)
    String startCertificates(@PathVariable long id, @PathVariable long decisionId) {
        long batch = batches.start(id, decisionId).id();
        return "redirect:/rounds/" + id + "/decisions/" + decisionId + "?batch=" + batch;
    }

    /** What the decision page polls while certificates are rendered. */
    @GetMapping("/certificate-batches/{batchId}")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "round")
    String batchProgress(@PathVariable long id, @PathVariable long batchId, Model model) {
        model.addAttribute("round", rounds.require(id));
        model.addAttribute("batch", batches.find(id, batchId));
        return "round/decision :: batch";
    }

    @PostMapping("/decisions/{decisionId}/scans")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "round", write = true)
    String uploadScan(@PathVariable long id, @PathVariable long decisionId,
                      @RequestParam(required = false) MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInput("round.scan.missing");
        }
        scans.attach(id, decisionId, file.getOriginalFilename(), file.getBytes());
        return "redirect:/rounds/" + id + "/decisions/" + decisionId;
    }

    @PostMapping("/close")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "round", write = true)
    String close(@PathVariable long id, @RequestParam int version) {
        closing.close(id, version);
        return "redirect:/rounds/" + id;
    }

    @PostMapping("/reopen")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "round", write = true)
    String reopen(@PathVariable long id, @RequestParam int version) {
        closing.reopen(id, version);
        return "redirect:/rounds/" + id;
    }
}
