package vn.khuyenhoc.round.web;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.BRANCH_OFFICER;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;
import static vn.khuyenhoc.accounts.Role.VIEWER;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.round.Rounds;
import vn.khuyenhoc.round.ScoreWorkbooks;
import vn.khuyenhoc.round.SheetKind;
import vn.khuyenhoc.round.SheetUpload;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.web.SpreadsheetDownload;

/**
 * The Excel score sheet of a round, on pages and in the API: download, upload into a preview with every problem
 * listed, commit. Uploads name no area for the interceptor: the service checks the chain and each row's subject.
 */
@Controller
class ScoreWorkbookController {

    private final ScoreWorkbooks workbooks;
    private final Rounds rounds;

    ScoreWorkbookController(ScoreWorkbooks workbooks, Rounds rounds) {
        this.workbooks = workbooks;
        this.rounds = rounds;
    }

    @GetMapping({"/rounds/{id}/workbook", "/api/v1/rounds/{id}/workbook"})
    @Operation(summary = "The round's open registrations as an Excel score sheet (one column per indicator)")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "id", kind = "round")
    void download(@PathVariable long id, @RequestParam(required = false) Long unit,
                  @RequestParam(defaultValue = "REVIEW") SheetKind kind, HttpServletResponse response)
            throws IOException {
        var round = rounds.require(id);
        response.setContentType(SpreadsheetDownload.XLSX);
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename("bang-diem-" + round.year() + "-" + id + ".xlsx", StandardCharsets.UTF_8).build()
                .toString());
        workbooks.download(id, unit, kind, response.getOutputStream());
    }

    @PostMapping("/rounds/{id}/workbook")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER}, write = true)
    String upload(@PathVariable long id, @RequestParam(defaultValue = "REVIEW") SheetKind kind,
                  @RequestParam(required = false) MultipartFile file) throws IOException {
        return "redirect:/rounds/" + id + "/workbook/uploads/" + read(id, kind, file).id();
    }

    @GetMapping("/rounds/{id}/workbook/uploads/{uploadId}")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER}, area = "id", kind = "round")
    String preview(@PathVariable long id, @PathVariable long uploadId, Model model) {
        model.addAttribute("round", rounds.require(id));
        model.addAttribute("upload", workbooks.require(id, uploadId));
        return "round/workbook";
    }

    @PostMapping("/rounds/{id}/workbook/uploads/{uploadId}/commit")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER}, write = true)
    String commit(@PathVariable long id, @PathVariable long uploadId) {
        workbooks.commit(id, uploadId);
        return "redirect:/rounds/" + id + "/workbook/uploads/" + uploadId;
    }

    @PostMapping("/api/v1/rounds/{id}/workbook")
    @ResponseBody
    @Operation(summary = "Uploads a filled-in score sheet: the preview with every problem by row and column")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER}, write = true)
    SheetUpload uploadJson(@PathVariable long id, @RequestParam(defaultValue = "REVIEW") SheetKind kind,
                           @RequestParam(required = false) MultipartFile file) throws IOException {
        return read(id, kind, file);
    }

    @GetMapping("/api/v1/rounds/{id}/workbook/uploads/{uploadId}")
    @ResponseBody
    @Operation(summary = "An uploaded score sheet's preview")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER}, area = "id", kind = "round")
    SheetUpload previewJson(@PathVariable long id, @PathVariable long uploadId) {
        return workbooks.require(id, uploadId);
    }

    @PostMapping("/api/v1/rounds/{id}/workbook/uploads/{uploadId}/commit")
    @ResponseBody
    @Operation(summary = "Saves every line of a clean preview, all or none")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER}, write = true)
    Map<String, Integer> commitJson(@PathVariable long id, @PathVariable long uploadId) {
        return Map.of("saved", workbooks.commit(id, uploadId));
    }

    private SheetUpload read(long id, SheetKind kind, MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInput("round.excel.noFile");
        }
        Path copy = Files.createTempFile("round-workbook-", ".xlsx");
        try {
            file.transferTo(copy);
            return workbooks.upload(id, kind, copy);
        } finally {
            Files.deleteIfExists(copy);
        }
    }
}
