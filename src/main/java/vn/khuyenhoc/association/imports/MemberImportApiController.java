package vn.khuyenhoc.association.imports;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.BRANCH_OFFICER;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.association.MemberImports;

/** The member import as JSON: upload for a preview of problems, then commit; only its uploader sees an import. */
@RestController
@RequestMapping("/api/v1/association/imports")
@Access({ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER})
class MemberImportApiController {

    private final MemberImports imports;

    MemberImportApiController(MemberImports imports) {
        this.imports = imports;
    }

    @PostMapping
    @Operation(summary = "Checks a member list (.xlsx) whole; the answer lists every problem by row and column")
    MemberImports.Preview upload(@RequestParam long association, @RequestParam(required = false) MultipartFile file)
            throws IOException {
        return imports.upload(association, file == null ? null : file.getOriginalFilename(),
                file == null ? null : file.getBytes());
    }

    @PostMapping("/{id}/commit")
    @Operation(summary = "Writes every row of a checked import, or none when a problem is left")
    Map<String, Integer> commit(@PathVariable long id) {
        return Map.of("members", imports.commit(id));
    }
}
