package vn.khuyenhoc.round.web;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.round.Evidence;
import vn.khuyenhoc.round.EvidenceFile;
import vn.khuyenhoc.shared.InvalidInput;

/** Uploading and opening evidence of a registration, from the sheet page and the API; files are never inline. */
@Controller
class EvidenceController {

    private final Evidence evidence;

    EvidenceController(Evidence evidence) {
        this.evidence = evidence;
    }

    @PostMapping("/rounds/registrations/{id}/evidence")
    @Access(allRoles = true, area = "id", kind = "registration", write = true)
    String upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
                  @RequestParam(required = false) String node, @RequestParam(defaultValue = "SELF") String kind)
            throws IOException {
        evidence.attach(id, blankToNull(node), requireFile(file).getOriginalFilename(), file.getBytes());
        return "redirect:/rounds/registrations/" + id + "?kind=" + ("REVIEW".equals(kind) ? "REVIEW" : "SELF");
    }

    @GetMapping({"/rounds/registrations/{id}/evidence/{evidenceId}",
            "/api/v1/rounds/registrations/{id}/evidence/{evidenceId}"})
    @Operation(summary = "Downloads one evidence file of the registration")
    @Access(allRoles = true, area = "id", kind = "registration")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long evidenceId) {
        var file = evidence.open(id, evidenceId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(file.content());
    }

    @GetMapping("/api/v1/rounds/registrations/{id}/evidence")
    @ResponseBody
    @Operation(summary = "The evidence files of a registration")
    @Access(allRoles = true, area = "id", kind = "registration")
    List<EvidenceFile> list(@PathVariable long id) {
        return evidence.of(id);
    }

    @PostMapping("/api/v1/rounds/registrations/{id}/evidence")
    @ResponseBody
    @Operation(summary = "Attaches a PDF, JPEG or PNG (at most 10 MB) to the registration, optionally to one node")
    @Access(allRoles = true, area = "id", kind = "registration", write = true)
    ResponseEntity<Map<String, Long>> attach(@PathVariable long id,
                                             @RequestParam(required = false) MultipartFile file,
                                             @RequestParam(required = false) String node) throws IOException {
        long evidenceId = evidence.attach(id, blankToNull(node), requireFile(file).getOriginalFilename(),
                file.getBytes());
        return ResponseEntity.created(URI.create("/api/v1/rounds/registrations/" + id + "/evidence/" + evidenceId))
                .body(Map.of("id", evidenceId));
    }

    /** A request without a file part (or not multipart at all) is the user's error, not the server's. */
    private static MultipartFile requireFile(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new InvalidInput("round.evidence.missing");
        }
        return file;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
