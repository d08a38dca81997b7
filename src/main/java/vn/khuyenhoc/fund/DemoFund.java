package vn.khuyenhoc.fund;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.fund.ledger.DemoLedger;
import vn.khuyenhoc.fund.ledger.DemoLedger.AssociationPeriod;
import vn.khuyenhoc.fund.ledger.LedgerRecords;
import vn.khuyenhoc.fund.ledger.LedgerRecords.Entry;

/**
 * The demo funds (dữ liệu mẫu) of one commune: the town association's fund from 2023 to 30/06/2025, its books
 * closed through 2024, and the commune association's fund from 01/07/2025 opening with what the town's held;
 * each year donations early in the year and scholarships, awards and aid at the school year's start, drawn with
 * a fixed seed. It loads only when the commune's associations have no fund yet, with one audit entry.
 */
@Service
public class DemoFund {

    private final DemoLedger demo;
    private final LedgerRecords records;
    private final AreaGuard guard;
    private final ApplicationEventPublisher events;

    DemoFund(DemoLedger demo, LedgerRecords records, AreaGuard guard, ApplicationEventPublisher events) {
        this.demo = demo;
        this.records = records;
        this.guard = guard;
        this.events = events;
    }

    @Transactional
    public Optional<FundDemoLoaded> load(long communeId, long seed) {
        guard.currentUser().ifPresent(user -> guard.requireWrite(communeId));
        List<AssociationPeriod> associations = demo.associations(communeId);
        if (associations.isEmpty() || associations.stream().anyMatch(a -> demo.fundOf(a.id()).isPresent())) {
            return Optional.empty();
        }
        var book = new DemoBook(records, new Random(seed), demo.pupils(communeId, 2008, 2019, 60),
                demo.organisations(communeId));
        var funds = new ArrayList<Long>();
        long opening = 12_500_000;
        LocalDate from = LocalDate.of(2023, 1, 1);
        for (AssociationPeriod association : associations) {
            LocalDate start = from.isBefore(association.validFrom()) ? association.validFrom() : from;
            LocalDate end = association.validTo() != null ? association.validTo() : LocalDate.of(2025, 12, 31);
            long fund = records.insertFund(association.id(), communeId, "Quỹ khuyến học – " + association.name(),
                    start, opening);
            funds.add(fund);
            opening = book.write(fund, opening, start, end);
            if (association.validTo() != null && association.validTo().getYear() > start.getYear()) {
                records.closeThrough(fund, association.validTo().getYear() - 1);
            }
        }
        var loaded = new FundDemoLoaded(communeId, book.entries(), funds);
        events.publishEvent(loaded);
        return Optional.of(loaded);
    }

    /** Writes the entries of one fund between two days and answers the cash it holds at the end. */
    record DemoBook(LedgerRecords records, Random random, List<Long> pupils, List<Long> schools, int[] count) {

        private static final String[] DONORS = {"Công ty TNHH Thủy sản Liên Hương", "Ông Nguyễn Văn Hảo",
                "Hội đồng hương Liên Hương tại TP. Hồ Chí Minh", "Bà Trần Thị Mai (Việt kiều Úc)",
                "Doanh nghiệp tư nhân Phú Quý", "Ngân hàng Nông nghiệp chi nhánh Tuy Phong"};
        private static final String[] REASONS = {"Học sinh giỏi cấp tỉnh", "Học sinh nghèo vượt khó",
                "Học sinh giỏi cấp huyện", "Đỗ đại học năm nay"};

        DemoBook(LedgerRecords records, Random random, List<Long> pupils, List<Long> schools) {
            this(records, random, pupils, schools, new int[1]);
        }

        int entries() {
            return count[0];
        }

        long write(long fund, long cash, LocalDate start, LocalDate end) {
            long held = cash;
            for (int year = start.getYear(); year <= end.getYear(); year++) {
                LocalDate first = LocalDate.of(year, 1, 10).isBefore(start) ? start.plusDays(9) : LocalDate.of(year, 1, 10);
                for (int d = 0; d < DONORS.length; d++) {
                    long amount = 500_000L * (2 + random.nextInt(30));
                    held += add(fund, new Entry(0, fund, "DONATION", false, null, amount, first.plusDays(d * 7L),
                            "PT-" + year + "-%04d".formatted(d + 1), null, null, DONORS[d], null, null, null, false));
                }
                LocalDate payday = LocalDate.of(year, 9, 5).isAfter(end) ? end.minusDays(20) : LocalDate.of(year, 9, 5);
                held = payments(fund, year, payday, held);
            }
            return held;
        }

        private long payments(long fund, int year, LocalDate day, long held) {
            int number = 0;
            for (int i = 0; i < 12 && !pupils.isEmpty(); i++) {
                long amount = 500_000L * (1 + random.nextInt(4));
                if (held - amount < 2_000_000) {
                    break;
                }
                String kind = i % 4 == 3 ? "POOR_STUDENT_AID" : i % 3 == 0 ? "STUDENT_AWARD" : "SCHOLARSHIP";
                held -= add(fund, new Entry(0, fund, kind, false, null, amount, day, "PC-" + year + "-%04d".formatted(++number),
                        pupils.get(random.nextInt(pupils.size())), null, null, REASONS[random.nextInt(REASONS.length)],
                        null, null, false));
            }
            if (!schools.isEmpty() && held > 5_000_000) {
                held -= add(fund, new Entry(0, fund, "SCHOOL_SUPPORT", false, null, 3_000_000, day.plusDays(10),
                        "PC-" + year + "-%04d".formatted(++number), null, schools.get(0), null,
                        "Mua sách cho thư viện", null, null, false));
            }
            held -= add(fund, new Entry(0, fund, "OPERATING", false, null, 300_000, day.plusDays(12),
                    "PC-" + year + "-%04d".formatted(++number), null, null, null, "Văn phòng phẩm, in giấy khen",
                    null, null, false));
            return held;
        }

        private long add(long fund, Entry entry) {
            records.insert(entry, null);
            count[0]++;
            return entry.amount();
        }
    }
}
