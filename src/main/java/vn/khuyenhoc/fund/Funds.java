package vn.khuyenhoc.fund;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.fund.ledger.Balances;
import vn.khuyenhoc.fund.ledger.LedgerRecords;
import vn.khuyenhoc.fund.ledger.LedgerRecords.Entry;
import vn.khuyenhoc.fund.ledger.LedgerRecords.Fund;
import vn.khuyenhoc.fund.ledger.Movement;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.NotFound;
import vn.khuyenhoc.shared.Text;

/**
 * The fund's ledger (ADR 0012): entries are only added, a correction is a reversing entry (and a replacement),
 * a closed year takes no entry, and no entry may leave the fund holding less than nothing on any day. Every change
 * is checked by the guard against the association's area and audited in the same transaction.
 */
@Service
public class Funds {

    private final LedgerRecords records;
    private final EntryChecks checks;
    private final AreaGuard guard;
    private final ApplicationEventPublisher events;

    Funds(LedgerRecords records, EntryChecks checks, AreaGuard guard, ApplicationEventPublisher events) {
        this.records = records;
        this.checks = checks;
        this.guard = guard;
        this.events = events;
    }

    @Transactional
    public long open(FundForm form) {
        if (form.associationId() == null) {
            throw new InvalidInput("fund.openingInvalid");
        }
        var association = records.association(form.associationId())
                .orElseThrow(() -> new NotFound("association", form.associationId()));
        guard.requireWrite(association.geoUnitId());
        if (records.fundOfAssociation(association.id()).isPresent()) {
            throw new InvalidInput("fund.exists");
        }
        String name = Text.normaliseOrNull(form.name());
        if (name == null || form.openedOn() == null || form.openingBalance() == null || form.openingBalance() < 0) {
            throw new InvalidInput("fund.openingInvalid");
        }
        long id = records.insertFund(association.id(), association.geoUnitId(), name, form.openedOn(),
                form.openingBalance());
        events.publishEvent(new FundChanged("fund", id, "open", association.geoUnitId(), Map.of("association",
                association.id(), "openedOn", form.openedOn().toString(), "opening", form.openingBalance()), List.of()));
        return id;
    }

    @Transactional
    public long record(long fundId, EntryForm form) {
        Fund fund = writable(fundId);
        Entry entry = checks.entry(fund, form, null);
        requireNoShortfall(fund, List.of(entry));
        long id = records.insert(entry, guard.requireUser().id());
        events.publishEvent(new FundChanged("entry", id, "record", fund.geoUnitId(), summary(fund, entry), List.of()));
        return id;
    }

    /** Reverses an entry and records its replacement, if any; answers the ids written, reversal first. */
    @Transactional
    public List<Long> correct(long entryId, CorrectionForm form) {
        Entry original = records.entry(entryId).orElseThrow(() -> new NotFound("fund-entry", entryId));
        Fund fund = writable(original.fundId());
        if (original.reversal()) {
            throw new InvalidInput("fund.correction.ofReversal");
        }
        if (records.isReversed(entryId)) {
            throw new InvalidInput("fund.correction.alreadyCorrected");
        }
        var written = new ArrayList<Entry>(List.of(checks.reversal(fund, original, form)));
        if (form.replacement() != null) {
            written.add(checks.entry(fund, form.replacement(), entryId));
        }
        requireNoShortfall(fund, written);
        Long by = guard.requireUser().id();
        List<Long> ids = written.stream().map(e -> records.insert(e, by)).toList();
        var after = new HashMap<String, Object>(summary(fund, written.get(0)));
        after.put("corrects", entryId);
        events.publishEvent(new FundChanged("entry", entryId, "correct", fund.geoUnitId(), after, ids));
        return ids;
    }

    /** Closes the books of every year up to {@code year}: no entry dated in them is accepted afterwards. */
    @Transactional
    public void closeThrough(long fundId, int year) {
        Fund fund = writable(fundId);
        if (fund.closedThrough() != null && year <= fund.closedThrough()) {
            throw new InvalidInput("fund.close.alreadyClosed", String.valueOf(fund.closedThrough()));
        }
        if (year < fund.openedOn().getYear() || year >= LocalDate.now().getYear()) {
            throw new InvalidInput("fund.close.notAPastYear", String.valueOf(year));
        }
        records.closeThrough(fundId, year);
        events.publishEvent(new FundChanged("fund", fundId, "close", fund.geoUnitId(),
                Map.of("closedThrough", year), List.of()));
    }

    private Fund writable(long fundId) {
        Fund fund = records.fund(fundId).orElseThrow(() -> new NotFound("fund", fundId));
        guard.requireWrite(fund.geoUnitId());
        Fund locked = records.lock(fundId).orElseThrow();
        if (locked.endedOn() != null) {
            throw new InvalidInput("fund.ended", Money.date(locked.endedOn()),
                    records.fund(locked.mergedInto()).map(Fund::name).orElse(""));
        }
        return locked;
    }

    private void requireNoShortfall(Fund fund, List<Entry> entries) {
        var candidates = entries.stream().map(e -> new Movement(e.entryDate(), e.inKind(),
                EntryKind.valueOf(e.kind()).in() ? e.amount() : -e.amount())).toList();
        Balances.firstShortfall(fund.openingBalance(), records.dailyMovements(fund.id()), candidates)
                .ifPresent(s -> {
                    throw new InvalidInput(s.inKind() ? "fund.balance.goodsShort" : "fund.balance.cashShort",
                            Money.date(s.day()), Money.dong(-s.balance()));
                });
    }

    private static Map<String, Object> summary(Fund fund, Entry entry) {
        var map = new HashMap<String, Object>(Map.of("fund", fund.id(), "kind", entry.kind(), "amount",
                entry.amount(), "date", entry.entryDate().toString(), "receipt", entry.receiptNumber()));
        if (entry.personId() != null) {
            map.put("person", entry.personId());
        }
        if (entry.organisationId() != null) {
            map.put("organisation", entry.organisationId());
        }
        return map;
    }
}
