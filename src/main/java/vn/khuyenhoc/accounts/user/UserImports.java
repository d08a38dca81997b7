package vn.khuyenhoc.accounts.user;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.Accounts.NewUser;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.accounts.CurrentUser;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.accounts.user.Problem.Column;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.Text;

/**
 * A list of accounts from a spreadsheet: first a preview naming every problem by line and column (duplicate or
 * taken user name, unknown role or area, a role or area the manager may not give), then, when there is none,
 * every account created in one transaction with one audit entry, each with a temporary password.
 */
@Service
class UserImports {

    private final AreaGuard guard;
    private final AccountRules rules;
    private final RoleNames roles;
    private final Accounts accounts;

    UserImports(AreaGuard guard, AccountRules rules, RoleNames roles, Accounts accounts) {
        this.guard = guard;
        this.rules = rules;
        this.roles = roles;
        this.accounts = accounts;
    }

    Preview preview(String source, List<ListLine> lines) {
        CurrentUser manager = guard.requireUser();
        var firstLineOf = new HashMap<String, Integer>();
        var rows = new ArrayList<PreviewRow>();
        for (ListLine line : lines) {
            rows.add(check(manager, line, firstLineOf));
        }
        return new Preview(source, rows);
    }

    /** Creates every account of a preview, checked again now; all or none. */
    @Transactional
    List<Created> commit(Preview preview) {
        CurrentUser manager = guard.requireUser();
        Preview now = preview(preview.source(), preview.lines());
        if (!now.valid()) {
            throw new InvalidInput("accounts.import.hasProblems", now.problemCount());
        }
        var users = new ArrayList<NewUser>();
        var created = new ArrayList<Created>();
        for (PreviewRow row : now.rows()) {
            if (row.area() != null) {
                guard.requireWrite(row.area().unitId());
            }
            String password = TemporaryPasswords.next();
            ListLine line = row.line();
            users.add(new NewUser(line.username(), line.displayName(), password, row.role(),
                    row.area() == null ? null : row.area().unitId(), null, null));
            created.add(new Created(0, line.username(), line.displayName(), password));
        }
        List<Long> ids = accounts.createUsers(users, manager.id(), manager.unitId(), preview.source());
        for (int i = 0; i < ids.size(); i++) {
            Created c = created.get(i);
            created.set(i, new Created(ids.get(i), c.username(), c.displayName(), c.temporaryPassword()));
        }
        return created;
    }

    private PreviewRow check(CurrentUser manager, ListLine line, Map<String, Integer> firstLineOf) {
        var problems = new ArrayList<Problem>();
        checkUsername(line, firstLineOf, problems);
        if (Text.normaliseOrNull(line.displayName()) == null) {
            problems.add(Problem.of(Column.DISPLAY_NAME, "accounts.user.nameRequired"));
        }
        Role role = roles.parse(line.role()).orElse(null);
        if (role == null) {
            problems.add(line.role().isBlank() ? Problem.of(Column.ROLE, "accounts.user.roleRequired")
                    : Problem.of(Column.ROLE, "accounts.import.roleUnknown", line.role()));
            return new PreviewRow(line, null, null, problems);
        }
        var checked = rules.check(manager, role, line.areaCode());
        problems.addAll(checked.problems());
        return new PreviewRow(line, role, checked.area(), problems);
    }

    private void checkUsername(ListLine line, Map<String, Integer> firstLineOf, List<Problem> problems) {
        String username = line.username();
        try {
            Accounts.requireValidUsername(username);
        } catch (InvalidInput e) {
            problems.add(Problem.of(Column.USERNAME, e.messageKey(), username));
            return;
        }
        Integer first = firstLineOf.putIfAbsent(username.toLowerCase(Locale.ROOT), line.number());
        if (first != null) {
            problems.add(Problem.of(Column.USERNAME, "accounts.import.usernameRepeated", username, first));
        } else if (accounts.usernameTaken(username)) {
            problems.add(Problem.of(Column.USERNAME, "accounts.user.usernameTaken", username));
        }
    }

    /** One checked line: the role and area it resolved to, and its problems (none: ready to create). */
    record PreviewRow(ListLine line, Role role, Area area, List<Problem> problems) implements Serializable {

        PreviewRow {
            problems = List.copyOf(problems);
        }
    }

    /** A checked list, kept in the session between the preview and the confirmation. */
    record Preview(String source, List<PreviewRow> rows) implements Serializable {

        Preview {
            rows = List.copyOf(rows);
        }

        List<ListLine> lines() {
            return rows.stream().map(PreviewRow::line).toList();
        }

        public boolean valid() {
            return rows.stream().allMatch(row -> row.problems().isEmpty());
        }

        public long problemCount() {
            return rows.stream().mapToLong(row -> row.problems().size()).sum();
        }
    }
}
