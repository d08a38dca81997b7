package vn.khuyenhoc.association;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.association.demo.DemoStructure;
import vn.khuyenhoc.association.demo.DemoStructure.Village;

/**
 * The demo association (dữ liệu mẫu) of one commune: the town's association until 30/06/2025 and the commune's
 * from 01/07/2025 (linked), the province's, a branch in every village, boards in most clans, officers, and a few
 * hundred members drawn from the demo registry's adults with a fixed seed, some of them lapsed or gone. It loads
 * only when the commune has no association yet, in one transaction with one audit entry.
 */
@Service
public class DemoAssociation {

    static final LocalDate TWO_TIERS = LocalDate.of(2025, 7, 1);
    static final int MEMBERS_PER_VILLAGE = 22;
    private final DemoStructure structure;
    private final AreaGuard guard;
    private final ApplicationEventPublisher events;

    DemoAssociation(DemoStructure structure, AreaGuard guard, ApplicationEventPublisher events) {
        this.structure = structure;
        this.guard = guard;
        this.events = events;
    }

    @Transactional
    public Optional<AssociationDemoLoaded> load(long communeId, long seed) {
        guard.currentUser().ifPresent(user -> guard.requireWrite(communeId));
        if (structure.hasAssociation(communeId)) {
            return Optional.empty();
        }
        var associations = new ArrayList<Long>();
        structure.provinceOf(communeId).ifPresent(province -> associations.add(structure.unit(province, "PROVINCE",
                "Hội Khuyến học tỉnh " + structure.name(province), TWO_TIERS, null)));
        long town = structure.unit(communeId, "COMMUNE", "Hội Khuyến học thị trấn Liên Hương",
                LocalDate.of(2008, 3, 1), TWO_TIERS.minusDays(1));
        long commune = structure.unit(communeId, "COMMUNE", "Hội Khuyến học " + structure.name(communeId),
                TWO_TIERS, null);
        structure.link(town, commune, TWO_TIERS);
        associations.addAll(List.of(town, commune));
        List<Village> villages = structure.villages(communeId);
        var random = new java.util.Random(seed);
        int members = 0;
        for (Village village : villages) {
            long branch = structure.branch(commune, village, TWO_TIERS);
            members += structure.members(commune, branch, village, MEMBERS_PER_VILLAGE, random);
        }
        int boards = structure.boards(commune, communeId, TWO_TIERS);
        structure.officers(commune, random);
        var loaded = new AssociationDemoLoaded(communeId, villages.size(), boards, members, associations);
        events.publishEvent(loaded);
        return Optional.of(loaded);
    }
}
