package vn.khuyenhoc.association.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.association.imports.MemberSheet.Line;
import vn.khuyenhoc.shared.Text;

/**
 * Checks every row of a member list against the registry and the association before anything is written: the
 * village and its open branch (in the user's area), the person (a current household member of the village, by
 * name without diacritics and birth year), the day and the card number. Every problem is kept, by row and column.
 */
@Component
public class ImportChecks {

    private final JdbcClient jdbc;
    private final AreaGuard guard;

    ImportChecks(JdbcClient jdbc, AreaGuard guard) {
        this.jdbc = jdbc;
        this.guard = guard;
    }

    /** A problem of one cell: the Excel line, the column's header and the message. */
    public record Problem(int line, String column, String messageKey, List<Object> args) {
    }

    /** A row ready to write; a null card gets the next number. */
    public record Ready(long personId, long branchId, LocalDate joinedOn, String card) {
    }

    public record Checked(List<Ready> rows, List<Problem> problems) {
    }

    record Branch(long id, LocalDate since, long areaId) {
    }

    public Checked check(long associationId, long communeId, List<Line> lines) {
        var ready = new ArrayList<Ready>();
        var problems = new ArrayList<Problem>();
        var persons = new HashSet<Long>();
        var cards = new HashSet<String>();
        for (Line line : lines) {
            int before = problems.size();
            Optional<Branch> branch = branch(associationId, communeId, line, problems);
            Optional<Long> person = branch.flatMap(b -> person(b.areaId(), line, problems));
            person.filter(id -> !persons.add(id) || isMember(id))
                    .ifPresent(id -> problems.add(problem(line, 1, "association.import.alreadyMember")));
            LocalDate day = line.joinedDay() == null ? LocalDate.now() : line.joinedDay();
            if (day.equals(LocalDate.MIN) || day.isAfter(LocalDate.now())
                    || branch.filter(b -> day.isBefore(b.since())).isPresent()) {
                problems.add(problem(line, 3, "association.import.badDay", line.joinedOn()));
            }
            String card = Text.normaliseOrNull(line.card());
            if (card != null && (!cards.add(card) || cardTaken(associationId, card))) {
                problems.add(problem(line, 4, "association.import.cardTaken", card));
            }
            if (problems.size() == before) {
                ready.add(new Ready(person.orElseThrow(), branch.orElseThrow().id(), day, card));
            }
        }
        return new Checked(ready, problems);
    }

    private Optional<Branch> branch(long associationId, long communeId, Line line, List<Problem> problems) {
        var branch = jdbc.sql("""
                select b.id, b.since, b.area_id from assoc_branch b
                join geography_unit_current v on v.unit_id = b.village_id
                where b.assoc_unit_id = :a and b.closed_on is null and v.code = :code and v.parent_id = :commune""")
                .param("a", associationId).param("code", line.villageCode()).param("commune", communeId)
                .query(Branch.class).optional();
        if (branch.isEmpty()) {
            problems.add(problem(line, 0, "association.import.noBranch", line.villageCode()));
        } else if (!guard.canWrite(branch.get().areaId())) {
            problems.add(problem(line, 0, "association.import.outsideArea", line.villageCode()));
            return Optional.empty();
        }
        return branch;
    }

    private Optional<Long> person(long villageId, Line line, List<Problem> problems) {
        Integer year = line.birthYear().matches("\\d{4}") ? Integer.valueOf(line.birthYear()) : null;
        if (!line.birthYear().isEmpty() && year == null) {
            problems.add(problem(line, 2, "association.import.badYear", line.birthYear()));
            return Optional.empty();
        }
        var found = jdbc.sql("""
                select distinct h.person_id from registry_household_member h
                join registry_person_name p on p.person_id = h.person_id
                where h.village_id = :v and h.left_on is null and not p.erased and p.name_folded = :name
                  and (cast(:year as int) is null or p.birth_year = :year)""")
                .param("v", villageId).param("name", Text.fold(line.fullName())).param("year", year)
                .query(Long.class).list();
        if (found.size() != 1) {
            problems.add(problem(line, 1, found.isEmpty() ? "association.import.personNotFound"
                    : "association.import.personAmbiguous", line.fullName()));
            return Optional.empty();
        }
        return Optional.of(found.get(0));
    }

    private boolean isMember(long personId) {
        return jdbc.sql("select exists (select 1 from assoc_member where person_id = :p and left_on is null)")
                .param("p", personId).query(Boolean.class).single();
    }

    private boolean cardTaken(long associationId, String card) {
        return jdbc.sql("select exists (select 1 from assoc_member where assoc_unit_id = :a and card_number = :c)")
                .param("a", associationId).param("c", card).query(Boolean.class).single();
    }

    private static Problem problem(Line line, int column, String key, Object... args) {
        return new Problem(line.line(), MemberSheet.HEADERS.get(column), key, List.of(args));
    }
}
