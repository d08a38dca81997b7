package vn.khuyenhoc.association.imports;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.BRANCH_OFFICER;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.association.MemberImports;
import vn.khuyenhoc.web.SpreadsheetDownload;

/** Importing a member list from Excel: the form, the template, the preview of problems and the commit. */
@Controller
@RequestMapping("/association/imports")
@Access({ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER})
class MemberImportController {

    private final MemberImports imports;
    private final MessageSource messages;

    MemberImportController(MemberImports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER}, area = "association", kind = "association")
    String form(@RequestParam long association, Model model) {
        model.addAttribute("association", association);
        return "association/member/import";
    }

    @GetMapping("/template")
    void template(HttpServletResponse response, Locale locale) throws IOException {
        SpreadsheetDownload.send(response, messages.getMessage("association.import.templateName", null, locale),
                messages.getMessage("association.member.sheetName", null, locale), MemberSheet.HEADERS,
                Stream.<List<?>>of(List.of("22969-008", "Nguyễn Văn An", "1975", "01/08/2025", "")));
    }

    @PostMapping
    String upload(@RequestParam long association, @RequestParam(required = false) MultipartFile file, Model model)
            throws IOException {
        model.addAttribute("association", association);
        model.addAttribute("preview", imports.upload(association, file == null ? null : file.getOriginalFilename(),
                file == null ? null : file.getBytes()));
        return "association/member/import";
    }

    @PostMapping("/{id}/commit")
    String commit(@PathVariable long id, @RequestParam long association) {
        imports.commit(id);
        return "redirect:/association/members?association=" + association;
    }
}
