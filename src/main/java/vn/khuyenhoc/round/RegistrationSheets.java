package vn.khuyenhoc.round;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.registry.SpreadsheetRows;
import vn.khuyenhoc.round.store.HouseholdListStore;
import vn.khuyenhoc.round.store.HouseholdListStore.Household;
import vn.khuyenhoc.round.store.HouseholdListStore.Village;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.Text;
import vn.khuyenhoc.web.SpreadsheetDownload;

/**
 * Registration by Excel for household rounds: the officer downloads the households of their villages not yet
 * registered, marks the ones that register ("x") and uploads the sheet back; the preview lists every problem by
 * row and column, and registering goes through {@link Registrations#registerMany} (all or none, one audit entry).
 */
@Service
public class RegistrationSheets {

    static final int MAX_ROWS = 20_000;
    static final List<String> HEADERS = List.of("round.registerSheet.villageCode", "round.registerSheet.village",
            "round.registerSheet.code", "round.registerSheet.head", "round.registerSheet.mark");
    private static final Set<String> MARKS = Set.of("x", "có", "co", "1", "đăng ký", "dang ky", "✓", "v");
    private final Rounds rounds;
    private final HouseholdListStore store;
    private final AreaGuard guard;
    private final MessageSource messages;

    RegistrationSheets(Rounds rounds, HouseholdListStore store, AreaGuard guard, MessageSource messages) {
        this.rounds = rounds;
        this.store = store;
        this.guard = guard;
        this.messages = messages;
    }

    /** The households of the user's villages (or one of them) not yet registered, with an empty mark column. */
    @Transactional(readOnly = true)
    public void download(long roundId, Long villageId, OutputStream out) throws IOException {
        RoundView round = householdRound(roundId);
        var villages = writableVillages(round).stream()
                .filter(v -> villageId == null || v.id() == villageId).toList();
        Map<Long, Village> byId = new HashMap<>();
        villages.forEach(v -> byId.put(v.id(), v));
        var rows = store.households(roundId, villages.stream().map(Village::id).toList()).stream()
                .filter(h -> !h.registered()).map(h -> Arrays.<Object>asList(byId.get(h.villageId()).code(),
                        byId.get(h.villageId()).name(), h.code(), h.name(), null));
        SpreadsheetDownload.write(out, text("round.registerSheet.sheetName"), HEADERS.stream().map(this::text).toList(),
                rows);
    }

    /** Reads a marked sheet back; nothing is registered here. */
    @Transactional(readOnly = true)
    public RegistrationUpload read(long roundId, Path xlsx) {
        RoundView round = householdRound(roundId);
        Map<String, Village> villages = new HashMap<>();
        writableVillages(round).forEach(v -> villages.put(Text.fold(v.code()), v));
        var rows = new ArrayList<SpreadsheetRows.Row>();
        SpreadsheetRows.readFirstSheet(xlsx, rows::add);
        if (rows.isEmpty() || !text("round.registerSheet.code").equals(rows.get(0).cell(2))) {
            throw new InvalidInput("round.registerSheet.notOurs");
        }
        if (rows.size() > MAX_ROWS + 1) {
            throw new InvalidInput("round.registerSheet.tooManyRows", MAX_ROWS);
        }
        Map<String, Household> households = new HashMap<>();
        store.households(roundId, villages.values().stream().map(Village::id).toList())
                .forEach(h -> households.put(h.villageId() + "\u0000" + Text.fold(h.code()), h));
        return new Reading(roundId, villages, households).of(rows.subList(1, rows.size()));
    }

    /** One pass over the data rows, collecting the marked households and the problems. */
    private final class Reading {
        private final long roundId;
        private final Map<String, Village> villages;
        private final Map<String, Household> households;
        private final List<RegistrationUpload.Line> lines = new ArrayList<>();
        private final List<UploadProblem> problems = new ArrayList<>();
        private final Set<Long> seen = new HashSet<>();
        private int alreadyRegistered;

        Reading(long roundId, Map<String, Village> villages, Map<String, Household> households) {
            this.roundId = roundId;
            this.villages = villages;
            this.households = households;
        }

        RegistrationUpload of(List<SpreadsheetRows.Row> rows) {
            rows.forEach(this::row);
            return new RegistrationUpload(roundId, lines, problems, alreadyRegistered);
        }

        private void row(SpreadsheetRows.Row row) {
            String mark = Text.normalise(row.cell(4)).toLowerCase();
            if (mark.isEmpty()) {
                return;
            }
            if (!MARKS.contains(mark)) {
                problem(row, 4, "round.registerSheet.badMark", row.cell(4));
                return;
            }
            Village village = villages.get(Text.fold(row.cell(0)));
            if (village == null) {
                problem(row, 0, "round.registerSheet.unknownVillage", row.cell(0));
                return;
            }
            Household household = households.get(village.id() + "\u0000" + Text.fold(row.cell(2)));
            if (household == null) {
                problem(row, 2, "round.registerSheet.unknownHousehold", row.cell(2), village.name());
            } else if (!seen.add(household.id())) {
                problem(row, 2, "round.registerSheet.duplicate", row.cell(2));
            } else if (household.registered()) {
                alreadyRegistered++;
            } else {
                lines.add(new RegistrationUpload.Line(row.number(), household.id(), village.code(), household.code(),
                        household.name()));
            }
        }

        private void problem(SpreadsheetRows.Row row, int column, String key, Object... args) {
            problems.add(UploadProblem.of(row.number(), text(HEADERS.get(column)), key, args));
        }
    }

    private RoundView householdRound(long roundId) {
        RoundView round = rounds.require(roundId);
        if (!"household".equals(round.title().subject())) {
            throw new InvalidInput("round.registerSheet.householdsOnly");
        }
        return round;
    }

    /** The round's villages the user may register in (the service still checks each household's chain step). */
    private List<Village> writableVillages(RoundView round) {
        return store.villagesUnder(round.areaUnitId()).stream().filter(v -> guard.canWrite(v.id())).toList();
    }

    private String text(String key) {
        return messages.getMessage(key, null, java.util.Locale.forLanguageTag("vi"));
    }
}
