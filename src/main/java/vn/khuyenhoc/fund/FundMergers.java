package vn.khuyenhoc.fund;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.association.AssociationsMerged;
import vn.khuyenhoc.fund.ledger.LedgerQueries;
import vn.khuyenhoc.fund.ledger.LedgerRecords;
import vn.khuyenhoc.fund.ledger.LedgerRecords.Entry;
import vn.khuyenhoc.fund.ledger.LedgerRecords.Fund;
import vn.khuyenhoc.shared.InvalidInput;

/**
 * Carries the funds of merged associations into the successor's fund (ADR 0012): for each predecessor fund, what
 * it held on its last day (cash and goods apart) leaves it as a TRANSFER_OUT and enters the successor's fund as a
 * TRANSFER_IN on the first day, and the old fund is ended. Runs inside the merger's transaction (guarded there),
 * so a fund that cannot follow undoes the merger; one audit entry lists the entries written.
 */
@Component
class FundMergers {

    private static final String SERIES = "CQ-";
    private final LedgerRecords records;
    private final LedgerQueries ledger;
    private final ApplicationEventPublisher events;

    FundMergers(LedgerRecords records, LedgerQueries ledger, ApplicationEventPublisher events) {
        this.records = records;
        this.ledger = ledger;
        this.events = events;
    }

    @EventListener
    void carryOver(AssociationsMerged merged) {
        List<Fund> funds = merged.predecessorIds().stream().map(records::fundOfAssociation)
                .flatMap(Optional::stream).toList();
        if (funds.isEmpty()) {
            return;
        }
        LocalDate lastDay = merged.effective().minusDays(1);
        Fund successor = records.fundOfAssociation(merged.associationId()).orElseGet(() -> records.fund(
                records.insertFund(merged.associationId(), merged.geoUnitId(), "Quỹ khuyến học – " + merged.name(),
                        merged.effective(), 0)).orElseThrow());
        var written = new ArrayList<Long>();
        for (Fund fund : funds) {
            if (fund.closedThrough() != null && fund.closedThrough() >= lastDay.getYear()) {
                throw new InvalidInput("fund.merge.closedYear", fund.name(), String.valueOf(fund.closedThrough()));
            }
            var held = ledger.balanceAt(fund.id(), lastDay);
            written.addAll(move(fund, successor, held.cash(), false, lastDay, merged.effective()));
            written.addAll(move(fund, successor, held.goods(), true, lastDay, merged.effective()));
            records.end(fund.id(), lastDay, successor.id());
        }
        events.publishEvent(new FundChanged("fund", successor.id(), "carry-over", merged.geoUnitId(),
                Map.of("from", funds.stream().map(Fund::id).toList(), "effective", merged.effective().toString()),
                written));
    }

    /** The pair of entries for one kind of holding; nothing when the old fund held none of it. */
    private List<Long> move(Fund from, Fund to, long amount, boolean inKind, LocalDate lastDay, LocalDate firstDay) {
        if (amount <= 0) {
            return List.of();
        }
        String goods = inKind ? "Hiện vật của " + from.name() : null;
        long out = records.insert(transfer(from, EntryKind.TRANSFER_OUT, amount, inKind, goods, lastDay, to.name()),
                null);
        long in = records.insert(transfer(to, EntryKind.TRANSFER_IN, amount, inKind, goods, firstDay, from.name()),
                null);
        return List.of(out, in);
    }

    private Entry transfer(Fund fund, EntryKind kind, long amount, boolean inKind, String goods, LocalDate day,
                           String otherFund) {
        String receipt = SERIES + String.format("%02d", records.usedInSeries(fund.id(), SERIES) + 1);
        return new Entry(0, fund.id(), kind.name(), inKind, goods, amount, day, receipt, null, null, otherFund,
                null, null, null, false);
    }
}
