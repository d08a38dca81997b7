package vn.khuyenhoc.registry.person;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.BRANCH_OFFICER;
import static vn.khuyenhoc.accounts.Role.CITIZEN;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;
import static vn.khuyenhoc.accounts.Role.UNIT_OFFICER;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.registry.Persons;

/** Downloads of everything held about a person, as JSON or as a workbook with one sheet per section. */
@RestController
class PersonExportController {

    private final Persons persons;
    private final PersonDownloads downloads;

    PersonExportController(Persons persons, PersonDownloads downloads) {
        this.persons = persons;
        this.downloads = downloads;
    }

    @GetMapping("/registry/persons/{id}/export")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, UNIT_OFFICER, CITIZEN},
            area = "id", kind = "person")
    void export(@PathVariable long id, @RequestParam(defaultValue = "json") String format,
                HttpServletResponse response, Locale locale) throws IOException {
        String chosen = PersonDownloads.format(format);
        downloads.send(persons.exportData(id, chosen), chosen, response, locale);
    }

    /** A citizen downloads their own data. */
    @GetMapping("/registry/me/export")
    @Access(CITIZEN)
    void exportOwn(@RequestParam(defaultValue = "json") String format, HttpServletResponse response,
                   Locale locale) throws IOException {
        String chosen = PersonDownloads.format(format);
        downloads.send(persons.exportOwn(chosen), chosen, response, locale);
    }
}
