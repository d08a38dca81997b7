package vn.khuyenhoc.statistics.web;

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
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.statistics.ReturnRow;
import vn.khuyenhoc.statistics.ReturnSheets;
import vn.khuyenhoc.statistics.ReturnUpload;
import vn.khuyenhoc.web.SpreadsheetDownload;

/**
 * Aggregate returns by Excel on pages and in the API: the template, the filled workbook read back into a preview,
 * and filing it. The preview sends its rows back as typed and they are checked again before anything is filed.
 */
@Controller
class ReturnSheetController {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<ReturnRow>> ROWS = new TypeReference<>() {
    };
    private final ReturnSheets sheets;

    ReturnSheetController(ReturnSheets sheets) {
        this.sheets = sheets;
    }

    record Filed(int filed, List<Long> ids) {
    }

    @GetMapping("/statistics/areas/{id}/returns/sheet")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER}, area = "id")
    String page(@PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("areaId", id);
        model.addAttribute("year", year == null ? LocalDate.now().getYear() - 1 : year);
        return "statistics/return-sheet";
    }

    @GetMapping({"/statistics/areas/{id}/returns/sheet/xlsx", "/api/v1/statistics/areas/{id}/returns/template"})
    @Operation(summary = "The returns template: the area and its child areas with the year, columns to fill")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER}, area = "id")
    void template(@PathVariable long id, @RequestParam(required = false) Integer year, HttpServletResponse response)
            throws IOException {
        int y = year == null ? LocalDate.now().getYear() - 1 : year;
        response.setContentType(SpreadsheetDownload.XLSX);
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename("bao-cao-so-lieu-" + y + "-" + id + ".xlsx", StandardCharsets.UTF_8).build().toString());
        sheets.template(id, y, response.getOutputStream());
    }

    @PostMapping("/statistics/areas/{id}/returns/sheet")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER}, area = "id", write = true)
    String preview(@PathVariable long id, @RequestParam(required = false) MultipartFile file, Model model)
            throws IOException {
        ReturnUpload upload = read(id, file);
        model.addAttribute("areaId", id);
        model.addAttribute("year", LocalDate.now().getYear() - 1);
        model.addAttribute("upload", upload);
        model.addAttribute("rowsJson", JSON.writeValueAsString(upload.rows()));
        return "statistics/return-sheet";
    }

    @PostMapping("/statistics/areas/{id}/returns/sheet/commit")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER}, area = "id", write = true)
    String commit(@PathVariable long id, @RequestParam(defaultValue = "[]") String rows, RedirectAttributes redirect) {
        List<ReturnRow> typed;
        try {
            typed = JSON.readValue(rows, ROWS);
        } catch (JacksonException e) {
            throw new InvalidInput("statistics.returnSheet.notOurs");
        }
        int filed = sheets.fileAll(id, typed).size();
        redirect.addFlashAttribute("flash", "statistics.returnSheet.filed");
        redirect.addFlashAttribute("filed", filed);
        return "redirect:/statistics/areas/" + id + "/returns/sheet";
    }

    @PostMapping("/api/v1/statistics/areas/{id}/returns/sheet")
    @ResponseBody
    @Operation(summary = "Reads a filled returns workbook back: the rows, the returns they make and every problem "
            + "by row and column; nothing is filed")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER}, area = "id", write = true)
    ReturnUpload previewJson(@PathVariable long id, @RequestParam(required = false) MultipartFile file)
            throws IOException {
        return read(id, file);
    }

    @PostMapping("/api/v1/statistics/areas/{id}/returns/sheet/commit")
    @ResponseBody
    @Operation(summary = "Files every return of a filled workbook, all or none; refused while any problem is left")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER}, area = "id", write = true)
    Filed commitJson(@PathVariable long id, @RequestParam(required = false) MultipartFile file) throws IOException {
        List<Long> ids = sheets.fileAll(id, read(id, file).rows());
        return new Filed(ids.size(), ids);
    }

    private ReturnUpload read(long id, MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInput("statistics.returnSheet.noFile");
        }
        Path copy = Files.createTempFile("statistics-returns-", ".xlsx");
        try {
            file.transferTo(copy);
            return sheets.read(id, copy);
        } finally {
            Files.deleteIfExists(copy);
        }
    }
}
