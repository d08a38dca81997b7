package vn.khuyenhoc.registry.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.khuyenhoc.registry.Sex;
import vn.khuyenhoc.registry.TargetGroup;
import vn.khuyenhoc.registry.common.FieldProblem;
import vn.khuyenhoc.registry.common.PersonData;
import vn.khuyenhoc.shared.Text;

/**
 * Citizens from their sheet: each row names exactly one place (an organisation, or a household) and a person whose
 * fields pass the registry's person checks; the same person twice at one place is a duplicate.
 */
final class CitizenParser {

    private final Problems problems;
    private final List<CitizenLine> citizens = new ArrayList<>();
    private final Map<String, Integer> seen = new HashMap<>();

    CitizenParser(Problems problems) {
        this.problems = problems;
    }

    List<CitizenLine> citizens() {
        return citizens;
    }

    void row(SheetRow row, RowReader cells) {
        String commune = cells.text(row, Column.COMMUNE_CODE);
        String organisation = cells.text(row, Column.ORGANISATION_CODE);
        String village = cells.text(row, Column.VILLAGE_CODE);
        String household = cells.text(row, Column.HOUSEHOLD_CODE);
        var person = new PersonData(cells.text(row, Column.FULL_NAME),
                cells.number(row, Column.BIRTH_YEAR, "registry.imports.yearNotNumber"),
                cells.label(row, Column.SEX, Sex.class), null, null,
                cells.label(row, Column.TARGET_GROUP, TargetGroup.class), null);
        for (FieldProblem problem : person.problems()) {
            problems.add(row, problem.field().equals("birthYear") ? Column.BIRTH_YEAR : Column.FULL_NAME,
                    problem.messageKey(), problem.args());
        }
        boolean atOrganisation = organisation != null;
        boolean atHousehold = village != null || household != null;
        if (atOrganisation == atHousehold) {
            problems.add(row, Column.ORGANISATION_CODE, "registry.imports.citizenPlace");
            return;
        }
        if (atOrganisation && commune == null) {
            problems.add(row, Column.COMMUNE_CODE, "registry.imports.communeMissing");
            return;
        }
        if (atHousehold && (village == null || household == null)) {
            problems.add(row, village == null ? Column.VILLAGE_CODE : Column.HOUSEHOLD_CODE,
                    village == null ? "registry.imports.villageMissing" : "registry.imports.codeMissing");
            return;
        }
        var line = new CitizenLine(row.sheet(), row.number(), commune, organisation, village, household, person,
                atOrganisation ? cells.text(row, Column.POSITION) : null);
        String key = String.join("\u0000", String.valueOf(commune), String.valueOf(organisation),
                String.valueOf(village), String.valueOf(household), Text.fold(person.fullName()),
                String.valueOf(person.birthYear()));
        Integer first = seen.putIfAbsent(key, row.number());
        if (first != null) {
            problems.add(row, Column.FULL_NAME, "registry.imports.duplicateCitizen", first);
            return;
        }
        citizens.add(line);
    }
}
