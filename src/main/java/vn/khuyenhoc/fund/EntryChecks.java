package vn.khuyenhoc.fund;

import org.springframework.stereotype.Component;
import vn.khuyenhoc.accounts.AccessDenied;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.fund.ledger.LedgerRecords;
import vn.khuyenhoc.fund.ledger.LedgerRecords.Entry;
import vn.khuyenhoc.fund.ledger.LedgerRecords.Fund;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.NotFound;
import vn.khuyenhoc.shared.Text;

/** Turns a form into an entry that may be written, or says which rule it breaks. */
@Component
class EntryChecks {

    private final LedgerRecords records;
    private final AreaGuard guard;

    EntryChecks(LedgerRecords records, AreaGuard guard) {
        this.records = records;
        this.guard = guard;
    }

    Entry entry(Fund fund, EntryForm form, Long correctsId) {
        if (form.kind() == null || form.amount() == null || form.amount() <= 0 || form.date() == null) {
            throw new InvalidInput("fund.entry.incomplete");
        }
        if (form.kind().transfer()) {
            throw new InvalidInput("fund.entry.transferByMergerOnly");
        }
        requireOpenDay(fund, form.date());
        boolean inKind = Boolean.TRUE.equals(form.inKind());
        String goods = Text.normaliseOrNull(form.goods());
        if (inKind && goods == null) {
            throw new InvalidInput("fund.entry.goodsMissing");
        }
        String party = Text.normaliseOrNull(form.partyName());
        requireParty(form, party);
        String receipt = receiptNumber(fund, form);
        return new Entry(0, fund.id(), form.kind().name(), inKind, inKind ? goods : null,
                form.amount(), form.date(), receipt, form.personId(), form.organisationId(), party,
                Text.normaliseOrNull(form.reason()), Text.normaliseOrNull(form.note()), correctsId, false);
    }

    /** The entry that cancels {@code original}: the same kind and party, the amount negated, dated in an open year. */
    Entry reversal(Fund fund, Entry original, CorrectionForm form) {
        String reason = Text.normaliseOrNull(form.reason());
        if (form.date() == null || reason == null) {
            throw new InvalidInput("fund.correction.incomplete");
        }
        if (form.date().isBefore(original.entryDate())) {
            throw new InvalidInput("fund.correction.beforeEntry", Money.date(original.entryDate()));
        }
        requireOpenDay(fund, form.date());
        String number = "ĐC-" + original.receiptNumber() + "/" + original.entryDate().getYear();
        return new Entry(0, fund.id(), original.kind(), original.inKind(), original.goods(), -original.amount(),
                form.date(), number, original.personId(), original.organisationId(), original.partyName(), reason,
                null, original.id(), true);
    }

    private void requireOpenDay(Fund fund, java.time.LocalDate day) {
        if (day.isBefore(fund.openedOn())) {
            throw new InvalidInput("fund.entry.beforeOpening", Money.date(fund.openedOn()));
        }
        if (fund.closedThrough() != null && day.getYear() <= fund.closedThrough()) {
            throw new InvalidInput("fund.entry.periodClosed", String.valueOf(fund.closedThrough()));
        }
    }

    private void requireParty(EntryForm form, String party) {
        int given = (form.personId() != null ? 1 : 0) + (form.organisationId() != null ? 1 : 0) + (party != null ? 1 : 0);
        if (given > 1) {
            throw new InvalidInput("fund.entry.oneParty");
        }
        if (form.kind().in() && given == 0) {
            throw new InvalidInput("fund.entry.donorMissing");
        }
        if (form.kind().needsBeneficiary() && form.personId() == null && form.organisationId() == null) {
            throw new InvalidInput("fund.entry.beneficiaryMissing");
        }
        if (form.personId() != null) {
            requireReachable("person", form.personId());
        }
        if (form.organisationId() != null) {
            requireReachable("organisation", form.organisationId());
        }
    }

    private void requireReachable(String kind, long id) {
        if (!guard.allows(kind, id, false).orElseThrow(() -> new NotFound(kind, id))) {
            throw new AccessDenied();
        }
    }

    /** The number typed in, if free in the fund's year, else the next of the year's series (PT- in, PC- out). */
    private String receiptNumber(Fund fund, EntryForm form) {
        int year = form.date().getYear();
        String typed = Text.normaliseOrNull(form.receiptNumber());
        if (typed != null) {
            if (records.receiptTaken(fund.id(), year, typed)) {
                throw new InvalidInput("fund.entry.receiptTaken", typed, String.valueOf(year));
            }
            return typed;
        }
        String prefix = (form.kind().in() ? "PT-" : "PC-") + year + "-";
        int next = records.usedInSeries(fund.id(), prefix) + 1;
        while (records.receiptTaken(fund.id(), year, prefix + "%04d".formatted(next))) {
            next++;
        }
        return prefix + "%04d".formatted(next);
    }
}
