package vn.khuyenhoc.registry.imports;

import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.khuyenhoc.registry.Relation;
import vn.khuyenhoc.registry.SchoolLevel;
import vn.khuyenhoc.registry.Sex;
import vn.khuyenhoc.registry.TargetGroup;
import vn.khuyenhoc.registry.common.FieldProblem;
import vn.khuyenhoc.registry.common.PersonData;
import vn.khuyenhoc.registry.common.Phones;

/**
 * Households and their members from the rows of either form: two sheets (households, members) or one sheet with
 * a row per member whose household columns may repeat or stay blank. Checks what the file alone can tell:
 * codes present and not repeated, every person's fields, exactly one head per household.
 */
final class HouseholdParser {

    private final Map<String, HouseholdLine> households = new LinkedHashMap<>();
    private final Problems problems;
    private final LocalDate defaultSince = Year.now().atDay(1);
    private String lastKey;

    HouseholdParser(Problems problems) {
        this.problems = problems;
    }

    Map<String, HouseholdLine> households() {
        return households;
    }

    /** A row of the households sheet (two-sheet form). */
    void household(SheetRow row, RowReader cells) {
        HouseholdLine household = identify(row, cells);
        if (household == null) {
            return;
        }
        if (households.putIfAbsent(key(household), household) != null) {
            duplicate(row, households.get(key(household)));
            return;
        }
        details(household, row, cells);
    }

    /** A row of the members sheet (two-sheet form): its household must be on the households sheet. */
    void member(SheetRow row, RowReader cells) {
        HouseholdLine named = identify(row, cells);
        if (named == null) {
            return;
        }
        HouseholdLine household = households.get(key(named));
        if (household == null) {
            problems.add(row, Column.HOUSEHOLD_CODE, "registry.imports.householdNotListed", named.code);
            return;
        }
        addMember(household, row, cells);
    }

    /** A row of the one-sheet form: a member, and the first row of a household also its details. */
    void combined(SheetRow row, RowReader cells) {
        HouseholdLine named = identify(row, cells);
        if (named == null) {
            return;
        }
        String key = key(named);
        HouseholdLine household = households.get(key);
        if (household == null) {
            households.put(key, named);
            details(named, row, cells);
            household = named;
        } else if (!key.equals(lastKey)) {
            duplicate(row, household);
            return;
        }
        lastKey = key;
        addMember(household, row, cells);
    }

    /** Checks each household has exactly one head; call after the last row. */
    void finish() {
        for (HouseholdLine household : households.values()) {
            long heads = household.members.stream().filter(m -> m.relation() == Relation.HEAD).count();
            if (heads == 0) {
                problems.add(household.sheet, household.row, Column.RELATION, "registry.imports.noHead",
                        household.code);
            } else if (heads > 1) {
                var second = household.members.stream().filter(m -> m.relation() == Relation.HEAD).skip(1)
                        .findFirst().orElseThrow();
                problems.add(second.sheet(), second.row(), Column.RELATION, "registry.imports.severalHeads",
                        household.code);
            }
        }
    }

    private HouseholdLine identify(SheetRow row, RowReader cells) {
        String village = cells.text(row, Column.VILLAGE_CODE);
        String code = cells.text(row, Column.HOUSEHOLD_CODE);
        if (village == null) {
            problems.add(row, Column.VILLAGE_CODE, "registry.imports.villageMissing");
        }
        if (code == null) {
            problems.add(row, Column.HOUSEHOLD_CODE, "registry.imports.codeMissing");
        }
        return village == null || code == null ? null : new HouseholdLine(row.sheet(), row.number(), village, code);
    }

    private void details(HouseholdLine household, SheetRow row, RowReader cells) {
        household.address = cells.text(row, Column.ADDRESS);
        household.phone = Phones.normalise(cells.text(row, Column.PHONE));
        if (household.phone != null && !Phones.isValid(household.phone)) {
            problems.add(row, Column.PHONE, "registry.phone.invalid", household.phone);
        }
        household.clanCode = cells.text(row, Column.CLAN_CODE);
        household.since = cells.day(row, Column.SINCE, defaultSince);
    }

    private void addMember(HouseholdLine household, SheetRow row, RowReader cells) {
        var person = new PersonData(cells.text(row, Column.FULL_NAME),
                cells.number(row, Column.BIRTH_YEAR, "registry.imports.yearNotNumber"),
                cells.label(row, Column.SEX, Sex.class), null, cells.text(row, Column.OCCUPATION),
                cells.label(row, Column.TARGET_GROUP, TargetGroup.class),
                cells.label(row, Column.SCHOOL_LEVEL, SchoolLevel.class));
        for (FieldProblem problem : person.problems()) {
            problems.add(row, column(problem.field()), problem.messageKey(), problem.args());
        }
        Relation relation = cells.required(row, Column.RELATION, Relation.class, "registry.imports.relationMissing");
        household.members.add(new HouseholdLine.Member(row.sheet(), row.number(), person, relation));
    }

    private void duplicate(SheetRow row, HouseholdLine first) {
        problems.add(row, Column.HOUSEHOLD_CODE, "registry.imports.duplicateHousehold", first.code, first.row);
    }

    private static String key(HouseholdLine household) {
        return HouseholdLine.key(household.villageCode, household.code);
    }

    private static Column column(String field) {
        return switch (field) {
            case "fullName" -> Column.FULL_NAME;
            case "birthYear" -> Column.BIRTH_YEAR;
            case "phone" -> Column.PHONE;
            default -> null;
        };
    }
}
