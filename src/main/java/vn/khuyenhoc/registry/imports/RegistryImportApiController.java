package vn.khuyenhoc.registry.imports;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.shared.InvalidInput;

/** The imports as JSON: upload (answers the id), follow (status, progress, counts, problems), commit. */
@RestController
@RequestMapping("/api/v1/registry/imports")
@Access({Role.ADMIN, Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER, Role.BRANCH_OFFICER})
class RegistryImportApiController {

    record Started(long id) {
    }

    record ProblemOut(String sheet, int row, String column, String message) {
    }

    record ImportOut(long id, ImportKind kind, String fileName, String status, String phase, int rowsRead,
                     Map<String, Integer> counts, int problemCount, List<ProblemOut> problems, String error) {
    }

    private final RegistryImports imports;
    private final MessageSource messages;

    RegistryImportApiController(RegistryImports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    // No "consumes" condition: a request of another type must still meet the guard (403), not a 415 before it.
    @PostMapping
    @Access(value = {Role.ADMIN, Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER, Role.BRANCH_OFFICER}, write = true)
    Started upload(@RequestParam ImportKind kind, @RequestParam("file") MultipartFile file) throws IOException {
        if (file.isEmpty()) {
            throw new InvalidInput("registry.imports.emptyFile");
        }
        return new Started(imports.upload(kind, file.getOriginalFilename(), file.getInputStream()));
    }

    @GetMapping("/{id}")
    ImportOut get(@PathVariable long id, Locale locale) {
        return out(imports.find(id), locale);
    }

    @PostMapping("/{id}/commit")
    @Access(value = {Role.ADMIN, Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER, Role.BRANCH_OFFICER}, write = true)
    ImportOut commit(@PathVariable long id, Locale locale) {
        imports.commit(id);
        return out(imports.find(id), locale);
    }

    private ImportOut out(ImportView view, Locale locale) {
        var problems = view.problems().stream().map(p -> new ProblemOut(p.sheet(), p.row(),
                p.column() == null ? null : messages.getMessage(p.column(), null, locale),
                messages.getMessage(p.key(), p.args().toArray(), p.key(), locale))).toList();
        String error = view.errorKey() == null ? null
                : messages.getMessage(view.errorKey(), view.errorArgs().toArray(), view.errorKey(), locale);
        return new ImportOut(view.id(), view.kind(), view.fileName(), view.status(), view.phase(), view.rowsRead(),
                view.counts(), view.problemCount(), problems, error);
    }
}
