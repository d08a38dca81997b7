package vn.khuyenhoc.accounts.user;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.UserFacingException;

/**
 * Creating many accounts from an Excel or CSV list: download the template, upload the filled list, read the
 * preview with every problem, confirm. The preview waits in the session for the confirmation; the temporary
 * passwords are shown once on the result page and can be downloaded once as .xlsx.
 */
@Controller
@RequestMapping("/accounts/users/import")
@Access({ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER})
class UserImportController {

    static final String PENDING = "accounts.import.pending";
    static final String ISSUED = "accounts.import.issued";
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private final AccountListReader reader;
    private final AccountListWriter writer;
    private final UserImports imports;
    private final AreaGuard guard;

    UserImportController(AccountListReader reader, AccountListWriter writer, UserImports imports, AreaGuard guard) {
        this.reader = reader;
        this.writer = writer;
        this.imports = imports;
        this.guard = guard;
    }

    @GetMapping
    String upload() {
        return "accounts/user/import";
    }

    @GetMapping("/template")
    ResponseEntity<byte[]> template(Locale locale) {
        return download("mau-danh-sach-tai-khoan.xlsx",
                writer.template(Forms.rolesFor(guard.requireUser()), locale));
    }

    @PostMapping
    String preview(@RequestParam(required = false) MultipartFile file, HttpSession session, Model model)
            throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInput("accounts.import.noFile");
            }
            String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
            var preview = imports.preview(name, reader.read(name, file.getBytes()));
            session.setAttribute(PENDING, preview);
            model.addAttribute("preview", preview);
            return "accounts/user/import-preview";
        } catch (InvalidInput e) {
            model.addAttribute("error", e);
            return "accounts/user/import";
        }
    }

    @PostMapping("/commit")
    String commit(HttpSession session, Model model) {
        if (!(session.getAttribute(PENDING) instanceof UserImports.Preview preview)) {
            return "redirect:/accounts/users/import";
        }
        try {
            List<Created> created = imports.commit(preview);
            session.removeAttribute(PENDING);
            session.setAttribute(ISSUED, List.copyOf(created));
            model.addAttribute("created", created);
            return "accounts/user/import-result";
        } catch (UserFacingException e) {
            var again = imports.preview(preview.source(), preview.lines());
            session.setAttribute(PENDING, again);
            model.addAttribute("preview", again);
            model.addAttribute("error", e);
            return "accounts/user/import-preview";
        }
    }

    /** The temporary passwords of the last import, once: they leave the session with this download. */
    @GetMapping("/passwords")
    ResponseEntity<byte[]> passwords(HttpSession session, Locale locale) {
        Object issued = session.getAttribute(ISSUED);
        session.removeAttribute(ISSUED);
        if (!(issued instanceof List<?> list)) {
            throw new InvalidInput("accounts.import.passwordsGone");
        }
        List<Created> created = list.stream().map(Created.class::cast).toList();
        return download("mat-khau-tam.xlsx", writer.passwords(created, locale));
    }

    private static ResponseEntity<byte[]> download(String fileName, byte[] content) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(content);
    }
}
