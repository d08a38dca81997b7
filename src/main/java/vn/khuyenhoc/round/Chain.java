package vn.khuyenhoc.round;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** The chain with one step done at another level (not checked: see {@link #broken()}). */
    public Chain with(Step step, Level level) {
        var changed = new EnumMap<Step, Level>(levels);
        changed.put(step, level);
        return new Chain(title, provinceId, changed);
    }

    /**
     * The message key of the first rule the chain breaks, if any: only registering and scoring may be done by the
     * subject itself, a round belongs to a commune or a province so recognising is done at least by a commune, and
     * each step from scoring on is done at the level of the one before or above (a recognising level below the
     * proposing one would recognise what nobody sent it).
     */
    public Optional<String> broken() {
        for (Step step : List.of(Step.REVIEW, Step.PROPOSE, Step.RECOGNISE)) {
            if (levelOf(step) == Level.SELF) {
                return Optional.of("round.chain.selfOnlyForSubject");
            }
        }
        if (!levelOf(Step.RECOGNISE).reaches(Level.COMMUNE)) {
            return Optional.of("round.chain.recogniseBelowCommune");
        }
        Step[] order = {Step.SCORE, Step.REVIEW, Step.PROPOSE, Step.RECOGNISE};
        for (int i = 1; i < order.length; i++) {
            if (!levelOf(order[i]).reaches(levelOf(order[i - 1]))) {
                return Optional.of("round.chain.order." + order[i].name());
            }
        }
        return levelOf(Step.RECOGNISE).reaches(levelOf(Step.REGISTER)) ? Optional.empty()
                : Optional.of("round.chain.order.REGISTER");
    }
}
