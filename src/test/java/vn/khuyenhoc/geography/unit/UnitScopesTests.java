package vn.khuyenhoc.geography.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnitScopesTests {

    private final Map<Long, Long> parents = new HashMap<>();
    private final Set<Long> live = new java.util.HashSet<>();
    private final Map<Long, List<Long>> successors = new HashMap<>();

    private Map<Long, Set<String>> resolve() {
        return new UnitScopes.Resolver(new UnitScopes.Snapshot(parents, live, successors)).all();
    }

    private void unit(long id, Long parent, boolean isLive) {
        parents.put(id, parent);
        if (isLive) {
            live.add(id);
        }
    }

    @Test
    void liveUnitsSitUnderTheirParents() {
        unit(1, null, true);
        unit(2, 1L, true);
        unit(3, 2L, true);

        var paths = resolve();

        assertThat(paths.get(1L)).containsExactly("/1/");
        assertThat(paths.get(2L)).containsExactly("/1/2/");
        assertThat(paths.get(3L)).containsExactly("/1/2/3/");
    }

    @Test
    void aMergedCommuneSitsUnderItsSuccessorAndAClosedDistrictUnderItsProvincesSuccessor() {
        unit(1, null, true);       // new province (survivor)
        unit(2, 1L, true);         // new commune
        unit(6, null, false);      // old province, merged into 1
        unit(5, 6L, false);        // old district, closed without successor
        unit(4, 5L, false);        // old commune, merged into 2
        successors.put(6L, List.of(1L));
        successors.put(4L, List.of(2L));

        var paths = resolve();

        assertThat(paths.get(4L)).containsExactly("/1/2/4/");
        assertThat(paths.get(6L)).containsExactly("/1/6/");
        assertThat(paths.get(5L)).containsExactly("/1/6/5/");
    }

    @Test
    void theVillagesOfASplitCommuneSitUnderEverySuccessor() {
        unit(1, null, true);
        unit(2, 1L, true);
        unit(9, 1L, true);
        unit(8, 1L, false);        // split into 2 and 9
        unit(7, 8L, true);         // its village, not yet placed
        successors.put(8L, List.of(2L, 9L));

        var paths = resolve();

        assertThat(paths.get(7L)).containsExactlyInAnyOrder("/1/2/8/7/", "/1/9/8/7/");
    }

    @Test
    void aCycleInBadDataEndsInsteadOfLoopingForever() {
        unit(10, 11L, true);
        unit(11, 10L, true);

        var paths = resolve();

        assertThat(paths).containsKeys(10L, 11L);
        assertThat(paths.get(10L)).allMatch(path -> path.endsWith("/10/"));
    }
}
