package vn.khuyenhoc.geography.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.khuyenhoc.geography.ImportPreview;
import vn.khuyenhoc.geography.ImportPreview.Item;
import vn.khuyenhoc.geography.imports.ImportPlan.LinkRow;
import vn.khuyenhoc.geography.imports.ImportPlan.PlacementRow;
import vn.khuyenhoc.geography.imports.ImportPlan.SetAsideRow;
import vn.khuyenhoc.geography.imports.ImportPlan.VersionRow;

/** Collects a plan: the rows to write, the counts, and the first lines of each list for the preview. */
final class PlanBuilder {

    private long nextTemporaryId = -1;
    private final List<VersionRow> versionUpdates = new ArrayList<>();
    private final List<VersionRow> newVersions = new ArrayList<>();
    private final List<LinkRow> newLinks = new ArrayList<>();
    private final List<LinkRow> linkUpdates = new ArrayList<>();
    private final List<SetAsideRow> setAsides = new ArrayList<>();
    private final List<PlacementRow> placements = new ArrayList<>();
    private final List<Item> creations = new ArrayList<>();
    private final List<Item> changes = new ArrayList<>();
    private final List<Item> setAsideItems = new ArrayList<>();
    private int created;
    private int changed;
    private int unchanged;
    private int setAside;
    private int villagesMoved;

    /** A unit this plan creates; its id is temporary (negative) until the plan is written. */
    long newUnit() {
        return nextTemporaryId--;
    }

    void insert(VersionRow version) {
        newVersions.add(version);
    }

    void update(VersionRow version) {
        versionUpdates.add(version);
    }

    void link(LinkRow link) {
        (link.linkId() == null ? newLinks : linkUpdates).add(link);
    }

    void setAside(SetAsideRow row) {
        setAsides.add(row);
    }

    void place(PlacementRow row) {
        placements.add(row);
    }

    void created(Where where, String code, String name, String detailKey, Object... arguments) {
        created++;
        add(creations, where, code, name, detailKey, arguments);
    }

    void changed(Where where, String code, String name, String detailKey, Object... arguments) {
        changed++;
        add(changes, where, code, name, detailKey, arguments);
    }

    void villageMoved(String code, String name, String detailKey, Object... arguments) {
        villagesMoved++;
        add(changes, null, code, name, detailKey, arguments);
    }

    void unchanged() {
        unchanged++;
    }

    void setAside(Where where, String code, String name, String detailKey, Object... arguments) {
        setAside++;
        add(setAsideItems, where, code, name, detailKey, arguments);
    }

    private static void add(List<Item> items, Where where, String code, String name, String key, Object... args) {
        if (items.size() < ImportPreview.ITEM_LIMIT) {
            items.add(new Item(where == null ? "" : where.text(), code, name, key,
                    Arrays.stream(args).map(String::valueOf).toList()));
        }
    }

    ImportPlan build() {
        var counts = new ImportPreview.Counts(created, changed, unchanged, setAside, villagesMoved, placements.size());
        return new ImportPlan((int) -(nextTemporaryId + 1), List.copyOf(versionUpdates), List.copyOf(newVersions),
                List.copyOf(newLinks), List.copyOf(linkUpdates), List.copyOf(setAsides), List.copyOf(placements),
                counts, List.copyOf(creations), List.copyOf(changes), List.copyOf(setAsideItems));
    }
}
