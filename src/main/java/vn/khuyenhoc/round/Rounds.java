package vn.khuyenhoc.round;

import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.AccessDenied;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.criteria.CriteriaSet;
import vn.khuyenhoc.criteria.CriteriaSets;
import vn.khuyenhoc.criteria.Title;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.NotFound;
import vn.khuyenhoc.shared.Text;
import vn.khuyenhoc.round.store.ChainStore;
import vn.khuyenhoc.round.store.RoundStore;

/**
 * Rounds (đợt) and the approval chains: opening a round for a title and a year in an area with a set in force,
 * reading rounds of the user's area, and a province adapting a title's chain.
 */
@Service
public class Rounds {

    private final RoundStore store;
    private final CriteriaSets criteria;
    private final AreaGuard guard;
    private final ChainGuard chains;
    private final ChainStore chainStore;
    private final ApplicationEventPublisher events;

    Rounds(RoundStore store, CriteriaSets criteria, AreaGuard guard, ChainGuard chains, ChainStore chainStore,
           ApplicationEventPublisher events) {
        this.chainStore = chainStore;
        this.store = store;
        this.criteria = criteria;
        this.guard = guard;
        this.chains = chains;
        this.events = events;
    }

    /**
     * Opens a round. The officer must be allowed to recognise the title in the area (the round belongs to the
     * recognising level). The set must be one in force for the title and year; a set that may not score a
     * current round (incomplete) opens a historical round, which only past years may have.
     */
    @Transactional
    public long open(RoundForm form) {
        var user = guard.requireUser();
        guard.requireWrite(form.areaUnitId());
        Long province = store.provinceOf(form.areaUnitId()).orElse(null);
        Chain chain = store.chain(form.title(), province);
        if (!chain.allows(user.role(), Step.RECOGNISE)) {
            throw new AccessDenied();
        }
        requireAreaOfRecognisingLevel(form.areaUnitId(), chain.levelOf(Step.RECOGNISE));
        CriteriaSet set = requireSetInForce(form, province);
        boolean historical = !set.mayScoreCurrentRound();
        if (historical && form.year() >= java.time.Year.now().getValue()) {
            throw new InvalidInput("round.open.setIncomplete", set.content().name());
        }
        if (store.exists(form.areaUnitId(), form.title(), form.year())) {
            throw new InvalidInput("round.open.exists", String.valueOf(form.year()));
        }
        String name = form.name() == null || form.name().isBlank() ? set.content().name() + " " + form.year()
                : Text.normalise(form.name());
        long id = store.insert(form, province, name, historical, user.id());
        criteria.markUsed(set.id());
        events.publishEvent(RoundChanged.one("round", id, "open", form.areaUnitId(), Map.of("year", form.year(),
                "title", form.title().name(), "set", set.id(), "historical", historical, "pilot", form.pilot())));
        return id;
    }

    /** A round belongs to the level that recognises: a commune, or a province above it. */
    private void requireAreaOfRecognisingLevel(long areaUnitId, Level recognising) {
        String expected = recognising.reaches(Level.PROVINCE) ? "PROVINCE" : "COMMUNE";
        if (!expected.equals(store.unitKind(areaUnitId).orElse(""))) {
            throw new InvalidInput("round.open.wrongArea." + expected);
        }
    }

    private CriteriaSet requireSetInForce(RoundForm form, Long province) {
        boolean inForce = criteria.inForce(form.title(), form.year(), null, province).stream()
                .anyMatch(set -> set.id() == form.criteriaSetId());
        if (!inForce) {
            throw new InvalidInput("round.open.setNotInForce", String.valueOf(form.year()));
        }
        return criteria.require(form.criteriaSetId());
    }

    /** The sets a round of the title and year may use in the area: national ones and its province's variants. */
    @Transactional(readOnly = true)
    public List<vn.khuyenhoc.criteria.SetSummary> setsFor(Title title, int year, long areaUnitId) {
        return criteria.inForce(title, year, null, store.provinceOf(areaUnitId).orElse(null));
    }

    @Transactional(readOnly = true)
    public RoundView require(long id) {
        RoundView round = store.find(id).orElseThrow(() -> new NotFound("round", id));
        if (!guard.allows("round", id, false).orElse(false)) {
            throw new AccessDenied();
        }
        return round;
    }

    /** Rounds of the user's area (and, for a branch officer, of the commune above whose round covers them). */
    @Transactional(readOnly = true)
    public List<RoundView> ofMyArea(Integer year) {
        var user = guard.requireUser();
        var mine = store.inArea(AreaGuard.likePrefixes(guard.scopePaths(user)), year);
        if (user.unitId() == null || user.isAdmin()) {
            return mine;
        }
        var above = store.covering(user.unitId(), year).stream()
                .filter(round -> mine.stream().noneMatch(m -> m.id() == round.id()));
        return java.util.stream.Stream.concat(mine.stream(), above).toList();
    }

    @Transactional(readOnly = true)
    public Chain chain(Title title, Long provinceId) {
        return store.chain(title, provinceId);
    }

    @Transactional(readOnly = true)
    public Chain chainOf(long roundId) {
        return chains.chainOf(require(roundId));
    }

    /**
     * A province adapts one step of a title's chain (its own row overrides the national default). Refused when the
     * chain would break ({@link Chain#broken()}), for steps the country keeps, and for moving recognition while
     * rounds opened at the old level are still open.
     */
    @Transactional
    public void adaptChain(Title title, long provinceId, Step step, Level level) {
        guard.requireWrite(provinceId);
        if (!"PROVINCE".equals(store.unitKind(provinceId).orElse(""))) {
            throw new InvalidInput("round.chain.notProvince");
        }
        if (level == Level.NATIONAL || store.chain(title, null).levelOf(step) == Level.NATIONAL) {
            throw new InvalidInput("round.chain.nationalStep");
        }
        Chain before = store.chain(title, provinceId);
        before.with(step, level).broken().ifPresent(key -> {
            throw new InvalidInput(key);
        });
        if (step == Step.RECOGNISE && before.levelOf(step) != level && chainStore.hasOpenRounds(title, provinceId)) {
            throw new InvalidInput("round.chain.openRounds");
        }
        store.adaptChain(title, provinceId, step, level);
        events.publishEvent(RoundChanged.one("round-chain", provinceId, "adapt", provinceId, Map.of("title",
                title.name(), "step", step.name(), "from", before.levelOf(step).name(), "level", level.name())));
    }

    /** Every title's chain as the country sets it and as the province does it, step by step. */
    @Transactional(readOnly = true)
    public List<ChainStep> chainSteps(Long provinceId) {
        var steps = new java.util.ArrayList<ChainStep>();
        for (Title title : Title.values()) {
            Chain national = store.chain(title, null);
            if (national.levels().isEmpty()) {
                continue;
            }
            Chain own = provinceId == null ? national : store.chain(title, provinceId);
            var overridden = provinceId == null ? java.util.Set.<String>of() : chainStore.overrides(provinceId)
                    .stream().filter(o -> o.title() == title).map(o -> o.step().name())
                    .collect(java.util.stream.Collectors.toSet());
            for (Step step : Step.values()) {
                steps.add(new ChainStep(title, step, national.levelOf(step), own.levelOf(step),
                        overridden.contains(step.name())));
            }
        }
        return steps;
    }
}
