package vn.khuyenhoc.registry.common;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import vn.khuyenhoc.registry.SchoolLevel;
import vn.khuyenhoc.registry.Sex;
import vn.khuyenhoc.registry.TargetGroup;
import vn.khuyenhoc.shared.Text;

/**
 * What the registry keeps about a person, as typed on a form or read from an import row: the same checks for
 * both, so that a form and a file refuse the same things with the same message.
 */
public record PersonData(String fullName, Integer birthYear, Sex sex, String phone, String occupation,
                         TargetGroup targetGroup, SchoolLevel schoolLevel) {

    /** Nobody on a household list was born before this year. */
    public static final int OLDEST_BIRTH_YEAR = 1900;
    public static final int MAX_NAME_LENGTH = 120;

    /** The same data with text normalised (NFC, trimmed, single spaces; blank becomes null). */
    public PersonData normalised() {
        return new PersonData(Text.normaliseOrNull(fullName), birthYear, sex, Phones.normalise(phone),
                Text.normaliseOrNull(occupation), targetGroup, schoolLevel);
    }

    /** What is wrong with the (normalised) data; empty when nothing is. */
    public List<FieldProblem> problems() {
        var problems = new ArrayList<FieldProblem>();
        if (fullName == null || fullName.isBlank()) {
            problems.add(new FieldProblem("fullName", "registry.person.nameMissing"));
        } else if (fullName.length() > MAX_NAME_LENGTH) {
            problems.add(new FieldProblem("fullName", "registry.person.nameTooLong", MAX_NAME_LENGTH));
        }
        int thisYear = Year.now().getValue();
        if (birthYear != null && (birthYear < OLDEST_BIRTH_YEAR || birthYear > thisYear)) {
            problems.add(new FieldProblem("birthYear", "registry.person.birthYearImpossible", String.valueOf(birthYear),
                    String.valueOf(OLDEST_BIRTH_YEAR), String.valueOf(thisYear)));
        }
        if (phone != null && !Phones.isValid(phone)) {
            problems.add(new FieldProblem("phone", "registry.phone.invalid", phone));
        }
        return problems;
    }
}
