package vn.khuyenhoc.criteria.set;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.BRANCH_OFFICER;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;
import static vn.khuyenhoc.accounts.Role.UNIT_OFFICER;
import static vn.khuyenhoc.accounts.Role.VIEWER;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.criteria.CriteriaEditor;
import vn.khuyenhoc.criteria.CriteriaSet;
import vn.khuyenhoc.criteria.CriteriaSets;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.web.SpreadsheetDownload;

/**
 * A set as a file: the exchange JSON and a readable Excel sheet for anyone who reads sets, and importing an
 * exchange file as a new draft for those who edit them.
 */
@Controller
@RequestMapping("/criteria/sets")
class SetFileController {

    private final CriteriaSets sets;
    private final CriteriaEditor editor;
    private final SetExchange exchange;
    private final SetListQueries queries;
    private final AreaGuard guard;
    private final MessageSource messages;

    SetFileController(CriteriaSets sets, CriteriaEditor editor, SetExchange exchange, SetListQueries queries,
                      AreaGuard guard, MessageSource messages) {
        this.sets = sets;
        this.editor = editor;
        this.exchange = exchange;
        this.queries = queries;
        this.guard = guard;
        this.messages = messages;
    }

    @GetMapping("/{id}/export.json")
    @Access({ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, UNIT_OFFICER, VIEWER})
    void exportJson(@PathVariable long id, HttpServletResponse response) throws IOException {
        CriteriaSet set = sets.require(id);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(fileName(set) + ".json").build().toString());
        exchange.write(set.content(), response.getOutputStream());
    }

    @GetMapping("/{id}/export.xlsx")
    @Access({ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, UNIT_OFFICER, VIEWER})
    void exportExcel(@PathVariable long id, HttpServletResponse response, Locale locale) throws IOException {
        CriteriaSet set = sets.require(id);
        var sheet = new SetSheet(messages, locale);
        SpreadsheetDownload.send(response, fileName(set), set.content().code(), sheet.headers(),
                sheet.rows(set.content()));
    }

    @GetMapping("/import")
    @Access({ADMIN, PROVINCE_OFFICER})
    String importForm(Model model) {
        var user = guard.requireUser();
        model.addAttribute("provinces", queries.provinces().stream()
                .filter(p -> user.isAdmin() || (user.unitId() != null && p.id() == user.unitId())).toList());
        model.addAttribute("national", user.isAdmin());
        return "criteria/import";
    }

    @PostMapping("/import")
    @Access(value = {ADMIN, PROVINCE_OFFICER}, write = true)
    String importFile(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) Long owner,
                      RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInput("criteria.import.fileMissing");
        }
        long id;
        try (InputStream in = file.getInputStream()) {
            id = editor.importDocument(exchange.read(in), owner);
        }
        redirect.addFlashAttribute("flash", "criteria.flash.imported");
        return "redirect:/criteria/sets/" + id + "/edit";
    }

    private String fileName(CriteriaSet set) {
        return set.content().code() + "-v" + set.content().version();
    }
}
