package vn.khuyenhoc.learningcentre;

import java.util.List;
import java.util.Map;
import vn.khuyenhoc.shared.AuditEntry;
import vn.khuyenhoc.shared.Audited;

/** The demo centres were loaded: one audit entry with the ids of the centres made. */
public record LearningCentreDemoLoaded(int activities, int ratings, List<Long> centreIds) implements Audited {

    @Override
    public AuditEntry audit() {
        return AuditEntry.bulk("learningcentre-centre", "demo", null,
                Map.of("activities", activities, "ratings", ratings), centreIds);
    }
}
