package vn.khuyenhoc.round.web;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.BRANCH_OFFICER;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import vn.khuyenhoc.round.RegistrationSheets;
import vn.khuyenhoc.round.RegistrationUpload;
import vn.khuyenhoc.round.Rounds;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.web.SpreadsheetDownload;

/**
 * Registration by Excel on pages and in the API: the households list to mark, and the marked list read back into
 * a preview whose "register" button posts the found households to the round's ordinary registration route.
 */
@Controller
class RegistrationSheetController {

    private final RegistrationSheets sheets;
    private final Rounds rounds;

    RegistrationSheetController(RegistrationSheets sheets, Rounds rounds) {
        this.sheets = sheets;
        this.rounds = rounds;
    }

    @GetMapping({"/rounds/{id}/registration-sheet", "/api/v1/rounds/{id}/registration-sheet"})
    @Operation(summary = "The households of the caller's villages not yet registered, with a column to mark")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER}, area = "id", kind = "round")
    void download(@PathVariable long id, @RequestParam(required = false) Long unit, HttpServletResponse response)
            throws IOException {
        var round = rounds.require(id);
        response.setContentType(SpreadsheetDownload.XLSX);
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename("dang-ky-" + round.year() + "-" + id + ".xlsx", StandardCharsets.UTF_8).build().toString());
        sheets.download(id, unit, response.getOutputStream());
    }

    // Reading names no area for the interceptor (a branch officer writes in a village, not the round's commune):
    // the service reads the round with the guard and keeps only the villages the user may write in
    @PostMapping("/rounds/{id}/registration-sheet")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER}, write = true)
    String preview(@PathVariable long id, @RequestParam(required = false) MultipartFile file, Model model)
            throws IOException {
        model.addAttribute("round", rounds.require(id));
        model.addAttribute("upload", read(id, file));
        return "round/registration-sheet";
    }

    @PostMapping("/api/v1/rounds/{id}/registration-sheet")
    @ResponseBody
    @Operation(summary = "Reads a marked households list back: the households found and every problem by row and "
            + "column; register them with POST /api/v1/rounds/{id}/registrations")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER}, write = true)
    RegistrationUpload previewJson(@PathVariable long id, @RequestParam(required = false) MultipartFile file)
            throws IOException {
        return read(id, file);
    }

    private RegistrationUpload read(long id, MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInput("round.registerSheet.noFile");
        }
        Path copy = Files.createTempFile("round-registrations-", ".xlsx");
        try {
            file.transferTo(copy);
            return sheets.read(id, copy);
        } finally {
            Files.deleteIfExists(copy);
        }
    }
}
