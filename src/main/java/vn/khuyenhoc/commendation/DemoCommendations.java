package vn.khuyenhoc.commendation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.commendation.store.CommendationRecords;
import vn.khuyenhoc.commendation.store.CommendationRecords.NewCommendation;
import vn.khuyenhoc.commendation.store.DemoRecipients;

/**
 * The demo commendations (dữ liệu mẫu) of one commune: the association's 2025 review-conference list (clans, an
 * organisation, a village, a branch and persons of the commune) and one proposal of 2026 from its first village,
 * not yet decided. It loads only when the commune has no commendation yet, with one audit entry.
 */
@Service
public class DemoCommendations {

    private static final String BODY = "Hội Khuyến học xã Liên Hương";
    private final DemoRecipients demo;
    private final CommendationRecords records;
    private final AreaGuard guard;
    private final ApplicationEventPublisher events;

    DemoCommendations(DemoRecipients demo, CommendationRecords records, AreaGuard guard,
                      ApplicationEventPublisher events) {
        this.demo = demo;
        this.records = records;
        this.guard = guard;
        this.events = events;
    }

    /** Answers the ids of the commendations and of the proposal written, or nothing when the commune has some. */
    @Transactional
    public Optional<List<Long>> load(long communeId) {
        guard.currentUser().ifPresent(user -> guard.requireWrite(communeId));
        List<Long> villages = demo.villages(communeId);
        if (villages.isEmpty() || demo.anyIn(communeId)) {
            return Optional.empty();
        }
        var written = new ArrayList<Long>();
        give(written, communeId, "CLAN", CommendationKind.GIAY_KHEN, 2, "Dòng họ học tập tiêu biểu năm 2025");
        give(written, communeId, "ORGANISATION", CommendationKind.GIAY_KHEN, 1, "Đơn vị học tập tiêu biểu năm 2025");
        give(written, communeId, "VILLAGE", CommendationKind.CO_THI_DUA, 1, "Khu phố dẫn đầu phong trào khuyến học");
        give(written, communeId, "BRANCH", CommendationKind.GIAY_KHEN, 2, "Chi hội khuyến học hoạt động xuất sắc");
        give(written, communeId, "PERSON", CommendationKind.GIAY_KHEN, 5, "Có nhiều đóng góp cho quỹ khuyến học");
        long proposal = propose(villages.get(0), communeId);
        written.add(proposal);
        events.publishEvent(new CommendationChanged("commendation", null, "demo", communeId,
                Map.of("commendations", written.size() - 1, "proposal", proposal), written));
        return Optional.of(written);
    }

    private void give(List<Long> written, long communeId, String kind, CommendationKind form, int count,
                      String reason) {
        for (long id : demo.first(kind, communeId, count)) {
            written.add(records.insert(new NewCommendation(form.name(), kind, id, communeId, 2025, BODY,
                    "12/QĐ-HKH", LocalDate.of(2025, 12, 20), reason, null), null));
        }
    }

    private long propose(long village, long communeId) {
        long proposal = records.insertProposal(2026, village, communeId, "03/TTr-CHKH", LocalDate.of(2026, 11, 2),
                null);
        int position = 0;
        for (long household : demo.first("HOUSEHOLD", village, 2)) {
            records.insertItem(proposal, ++position, "GIAY_KHEN", "HOUSEHOLD", household, "Gia đình hiếu học tiêu biểu");
        }
        for (long person : demo.first("PERSON", village, 2)) {
            records.insertItem(proposal, ++position, "GIAY_KHEN", "PERSON", person, "Cán bộ chi hội nhiệt tình");
        }
        return proposal;
    }
}
