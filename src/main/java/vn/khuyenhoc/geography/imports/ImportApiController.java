package vn.khuyenhoc.geography.imports;

import java.io.IOException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.geography.ImportFormat;
import vn.khuyenhoc.geography.ImportPreview;
import vn.khuyenhoc.geography.MapImports;
import vn.khuyenhoc.shared.InvalidInput;

/** The imports as JSON: upload for a preview, commit it, and read the set-aside work list. Administrators only. */
@RestController
@RequestMapping("/api/v1")
class ImportApiController {

    private final MapImports imports;
    private final SetAsides setAsides;

    ImportApiController(MapImports imports, SetAsides setAsides) {
        this.imports = imports;
        this.setAsides = setAsides;
    }

    /** One page of the set-aside work list. */
    record SetAsidePage(boolean open, int page, int pageSize, int total, List<SetAsides.Item> items) {
    }

    // No "consumes" condition: a request of another type must still meet the guard (403), not a 415 before it.
    @PostMapping("/imports")
    @Access(value = {Role.ADMIN, Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER}, write = true)
    ImportPreview upload(@RequestParam ImportFormat format, @RequestParam("file") MultipartFile file)
            throws IOException {
        if (file.isEmpty()) {
            throw new InvalidInput("geography.imports.noFile");
        }
        return imports.preview(format, file.getOriginalFilename(), file.getBytes());
    }

    @PostMapping("/imports/{id}/commit")
    @Access(value = {Role.ADMIN, Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER}, write = true)
    ImportPreview commit(@PathVariable long id) {
        return imports.commit(id);
    }

    @GetMapping("/set-aside")
    @Access(Role.ADMIN)
    SetAsidePage setAside(@RequestParam(defaultValue = "true") boolean open, @RequestParam(defaultValue = "0") int page) {
        return new SetAsidePage(open, page, SetAsides.PAGE_SIZE, setAsides.count(open), setAsides.list(open, page));
    }
}
