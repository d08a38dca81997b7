package vn.khuyenhoc.round;

import java.util.EnumMap;
import java.util.Map;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.criteria.Title;

/**
 * A title's approval chain: the lowest level that may do each step. A role may do a step when it acts at that
 * level or above (a commune officer may register a household for its branch); the area is checked separately.
 *
 * @param provinceId the province whose own chain this is, null for the national default
 */
public record Chain(Title title, Long provinceId, Map<Step, Level> levels) {

    public Chain {
        levels = Map.copyOf(new EnumMap<>(levels));
    }

    public Level levelOf(Step step) {
        Level level = levels.get(step);
        if (level == null) {
            throw new IllegalStateException("No level for " + step + " of " + title);
        }
        return level;
    }

    public boolean allows(Role role, Step step) {
        return Level.of(role).map(level -> level.reaches(levelOf(step))).orElse(false);
    }
}
