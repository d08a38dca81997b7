package vn.khuyenhoc.round;

import org.springframework.stereotype.Component;
import vn.khuyenhoc.accounts.AccessDenied;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.accounts.CurrentUser;
import vn.khuyenhoc.criteria.Title;
import vn.khuyenhoc.round.store.RoundStore;

/**
 * The check before every step: the signed-in user's role must reach the level the title's chain sets for the
 * step, and the subject (for steps on one subject) or the round's area (for proposing and recognising) must lie
 * in the user's area. The area check is the one guard's, through the registry's resolvers.
 */
@Component
class ChainGuard {

    private final AreaGuard guard;
    private final RoundStore rounds;

    ChainGuard(AreaGuard guard, RoundStore rounds) {
        this.guard = guard;
        this.rounds = rounds;
    }

    Chain chainOf(RoundView round) {
        return rounds.chain(round.title(), rounds.provinceOf(round.areaUnitId()).orElse(null));
    }

    CurrentUser requireStep(RoundView round, Step step) {
        CurrentUser user = guard.requireUser();
        if (!chainOf(round).allows(user.role(), step)) {
            throw new AccessDenied();
        }
        guard.requireWrite(round.areaUnitId());
        return user;
    }

    CurrentUser requireStep(RoundView round, Step step, String subjectKind, long subjectId) {
        CurrentUser user = guard.requireUser();
        if (!chainOf(round).allows(user.role(), step)) {
            throw new AccessDenied();
        }
        if (!guard.allows(resolverKind(subjectKind), subjectId, true).orElse(false)) {
            throw new AccessDenied();
        }
        return user;
    }

    /** Whether the signed-in user may do the step on the subject, for pages that offer it or not. */
    boolean may(RoundView round, Step step, String subjectKind, long subjectId) {
        var user = guard.currentUser();
        return user.isPresent() && chainOf(round).allows(user.get().role(), step)
                && guard.allows(resolverKind(subjectKind), subjectId, true).orElse(false);
    }

    static String resolverKind(String subjectKind) {
        return switch (subjectKind) {
            case "village", "commune", "province" -> "unit";
            case "household", "clan", "organisation", "person" -> subjectKind;
            default -> throw new vn.khuyenhoc.shared.NotFound("subject-kind", subjectKind);
        };
    }

    /** The kind of subject a title is given to, as registrations name it; a citizen is a registry person. */
    static String subjectKind(Title title) {
        return switch (title.subject()) {
            case "citizen" -> "person";
            case "learning-centre" -> throw new vn.khuyenhoc.shared.InvalidInput("round.title.notSupported",
                    title.name());
            default -> title.subject();
        };
    }
}
