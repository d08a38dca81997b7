package vn.khuyenhoc.fund;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.khuyenhoc.shared.InvalidInput;

/**
 * What the ledger should hold, kept apart from the code under test: every accepted entry as a signed change of cash
 * or goods. It drives random operations through {@link Funds} and checks that each is refused exactly when the
 * model says the fund would fall short on some day or the day lies in a closed year.
 */
final class LedgerModel {

    record Change(long id, LocalDate day, boolean inKind, long delta, boolean correctable) {
    }

    private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
    private static final EntryKind[] OUT = {EntryKind.SCHOLARSHIP, EntryKind.STUDENT_AWARD, EntryKind.TEACHER_AWARD,
            EntryKind.POOR_STUDENT_AID, EntryKind.SCHOOL_SUPPORT, EntryKind.OPERATING};
    private final long opening;
    final List<Change> changes = new ArrayList<>();
    Integer closedThrough;
    int accepted;
    int refused;
    int corrections;

    LedgerModel(long opening) {
        this.opening = opening;
    }

    long cashAt(LocalDate day) {
        return opening + changes.stream().filter(c -> !c.inKind() && !c.day().isAfter(day)).mapToLong(Change::delta).sum();
    }

    long goodsAt(LocalDate day) {
        return changes.stream().filter(c -> c.inKind() && !c.day().isAfter(day)).mapToLong(Change::delta).sum();
    }

    void apply(Random random, FundLedgerIntegrationTests test) {
        double pick = random.nextDouble();
        var open = changes.stream().filter(Change::correctable).toList();
        if (pick < 0.2 && !open.isEmpty()) {
            correct(random, test, open.get(random.nextInt(open.size())));
        } else {
            EntryForm form = randomEntry(random, test);
            Change change = change(0, form);
            boolean expectRefusal = wouldRefuse(List.of(change));
            try {
                long id = test.funds.record(test.fund, form);
                changes.add(new Change(id, change.day(), change.inKind(), change.delta(), true));
                accepted++;
            } catch (InvalidInput refusal) {
                refused++;
                assertThat(expectRefusal).as("refused %s: %s", form, refusal.messageKey()).isTrue();
                return;
            }
            assertThat(expectRefusal).as("accepted %s", form).isFalse();
        }
    }

    private void correct(Random random, FundLedgerIntegrationTests test, Change original) {
        LocalDate day = original.day().plusDays(random.nextInt(60));
        EntryForm replacement = random.nextBoolean() ? randomEntry(random, test) : null;
        var written = new ArrayList<Change>(List.of(new Change(0, day, original.inKind(), -original.delta(), false)));
        if (replacement != null) {
            written.add(change(0, replacement));
        }
        boolean expectRefusal = wouldRefuse(written);
        try {
            var ids = test.funds.correct(original.id(), new CorrectionForm(day, "Điều chỉnh thử", replacement));
            changes.set(changes.indexOf(original), new Change(original.id(), original.day(), original.inKind(),
                    original.delta(), false));
            changes.add(new Change(ids.get(0), day, original.inKind(), -original.delta(), false));
            if (replacement != null) {
                changes.add(new Change(ids.get(1), written.get(1).day(), written.get(1).inKind(), written.get(1).delta(), true));
            }
            corrections++;
        } catch (InvalidInput refusal) {
            refused++;
            assertThat(expectRefusal).as("correction refused: %s", refusal.messageKey()).isTrue();
            return;
        }
        assertThat(expectRefusal).as("correction accepted").isFalse();
    }

    private boolean wouldRefuse(List<Change> candidates) {
        if (closedThrough != null && candidates.stream().anyMatch(c -> c.day().getYear() <= closedThrough)) {
            return true;
        }
        var all = new ArrayList<>(changes);
        all.addAll(candidates);
        return all.stream().map(Change::day).distinct().anyMatch(day ->
                opening + sum(all, day, false) < 0 || sum(all, day, true) < 0);
    }

    private static long sum(List<Change> all, LocalDate day, boolean inKind) {
        return all.stream().filter(c -> c.inKind() == inKind && !c.day().isAfter(day)).mapToLong(Change::delta).sum();
    }

    private static Change change(long id, EntryForm form) {
        return new Change(id, form.date(), form.inKind(), form.kind().in() ? form.amount() : -form.amount(), true);
    }

    private static EntryForm randomEntry(Random random, FundLedgerIntegrationTests test) {
        LocalDate day = FIRST.plusDays(random.nextInt(731));
        boolean inKind = random.nextInt(6) == 0;
        if (random.nextDouble() < 0.5) {
            return FundLedgerIntegrationTests.donation(1_000L * (10 + random.nextInt(3_000)), day, inKind);
        }
        return test.payment(OUT[random.nextInt(OUT.length)], 1_000L * (10 + random.nextInt(2_500)), day, inKind);
    }
}
