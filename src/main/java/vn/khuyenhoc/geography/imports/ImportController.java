package vn.khuyenhoc.geography.imports;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.function.Supplier;
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
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.geography.ImportFormat;
import vn.khuyenhoc.geography.ImportPreview;
import vn.khuyenhoc.geography.MapImports;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.web.Htmx;

/**
 * The import pages: upload a list, see what it would do, confirm. The big lists take seconds, so the form and
 * the confirmation post with htmx and show a progress indicator; without JavaScript they are plain forms.
 * A refused file is shown on the upload page with its reason, nothing written.
 */
@Controller
@RequestMapping("/geography/imports")
class ImportController {

    private static final String INDEX = "geography/imports/index";
    private static final String PREVIEW = "geography/imports/preview";
    private final MapImports imports;
    private final ImportStore store;
    private final MessageSource messages;
    private final ImportPermissions permissions;
    private final AreaGuard guard;

    ImportController(MapImports imports, ImportStore store, MessageSource messages, ImportPermissions permissions,
                     AreaGuard guard) {
        this.imports = imports;
        this.store = store;
        this.messages = messages;
        this.permissions = permissions;
        this.guard = guard;
    }

    /** Administrators see every list and every import; officers their villages' CSV and their own imports. */
    @GetMapping
    @Access({Role.ADMIN, Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER})
    String index(Model model) {
        var user = guard.requireUser();
        model.addAttribute("formats", permissions.formatsFor(user));
        model.addAttribute("history", store.history(50, user.isAdmin() ? null : user.id()));
        return INDEX;
    }

    @PostMapping
    @Access(value = {Role.ADMIN, Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER}, write = true)
    String upload(@RequestParam ImportFormat format, @RequestParam(required = false) MultipartFile file, Model model,
                  HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
        if (file == null || file.isEmpty()) {
            return rejected(new InvalidInput("geography.imports.noFile"), model, request, response, locale);
        }
        byte[] content = file.getBytes();
        model.addAttribute("selectedFormat", format);
        return show(() -> imports.preview(format, file.getOriginalFilename(), content), model, request, response, locale);
    }

    @PostMapping("/{id}/commit")
    @Access(value = {Role.ADMIN, Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER}, write = true)
    String commit(@PathVariable long id, Model model, HttpServletRequest request, HttpServletResponse response,
                  Locale locale) {
        return show(() -> imports.commit(id), model, request, response, locale);
    }

    private String show(Supplier<ImportPreview> action, Model model, HttpServletRequest request,
                        HttpServletResponse response, Locale locale) {
        try {
            model.addAttribute("preview", action.get());
            return Htmx.view(request, PREVIEW, "result");
        } catch (InvalidInput refused) {
            return rejected(refused, model, request, response, locale);
        }
    }

    /** htmx swaps only successful answers, so the refusal comes as a fragment with 200; the plain page says 400. */
    private String rejected(InvalidInput refused, Model model, HttpServletRequest request,
                            HttpServletResponse response, Locale locale) {
        model.addAttribute("error", messages.getMessage(refused.messageKey(), refused.arguments(),
                refused.messageKey(), locale));
        if (Htmx.isHtmx(request)) {
            return INDEX + " :: rejected";
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return index(model);
    }
}
