package vn.khuyenhoc.registry.imports;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.web.Htmx;
import vn.khuyenhoc.web.SpreadsheetDownload;

/**
 * The import pages: choose a kind, download its template, upload a file; then one page per import that polls
 * its progress (htmx, every second) until it shows the preview, and after the commit the result. An import's id
 * is not area-scoped: {@link RegistryImports} answers 404 to anyone but its owner or an administrator.
 */
@Controller
@RequestMapping("/registry/imports")
@Access({Role.ADMIN, Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER, Role.BRANCH_OFFICER})
class RegistryImportController {

    private final RegistryImports imports;
    private final ImportTemplates templates;
    private final AreaGuard guard;

    RegistryImportController(RegistryImports imports, ImportTemplates templates, AreaGuard guard) {
        this.imports = imports;
        this.templates = templates;
        this.guard = guard;
    }

    @GetMapping
    String index(Model model) {
        var role = guard.requireUser().role();
        model.addAttribute("kinds", Arrays.stream(ImportKind.values()).filter(k -> k.allowedTo(role)).toList());
        model.addAttribute("history", imports.history());
        return "registry/imports/index";
    }

    @GetMapping("/template")
    ResponseEntity<byte[]> template(@RequestParam ImportKind kind, Locale locale) throws IOException {
        String name = "mau-nhap-" + kind.name().toLowerCase(Locale.ROOT) + ".xlsx";
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(SpreadsheetDownload.XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .body(templates.template(kind, locale));
    }

    @PostMapping
    @Access(value = {Role.ADMIN, Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER, Role.BRANCH_OFFICER}, write = true)
    String upload(@RequestParam ImportKind kind, @RequestParam(required = false) MultipartFile file)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInput("registry.imports.emptyFile");
        }
        long id = imports.upload(kind, file.getOriginalFilename(), file.getInputStream());
        return "redirect:/registry/imports/" + id;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model, HttpServletRequest request) {
        model.addAttribute("item", imports.find(id));
        return Htmx.view(request, "registry/imports/show", "status");
    }

    /** The part of the page htmx polls: progress while working, then the preview or the result. */
    @GetMapping("/{id}/progress")
    String progress(@PathVariable long id, Model model) {
        model.addAttribute("item", imports.find(id));
        return "registry/imports/show :: status";
    }

    @PostMapping("/{id}/commit")
    @Access(value = {Role.ADMIN, Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER, Role.BRANCH_OFFICER}, write = true)
    String commit(@PathVariable long id) {
        imports.commit(id);
        return "redirect:/registry/imports/" + id;
    }
}
