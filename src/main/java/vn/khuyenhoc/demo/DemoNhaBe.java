package vn.khuyenhoc.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.criteria.CriteriaSet;
import vn.khuyenhoc.criteria.Title;
import vn.khuyenhoc.registry.DemoCitizens;
import vn.khuyenhoc.registry.DemoCitizens.Unit;
import vn.khuyenhoc.registry.OrganisationKind;
import vn.khuyenhoc.round.DecisionForm;
import vn.khuyenhoc.round.PastRound;
import vn.khuyenhoc.round.PastRounds;

/**
 * Xã Nhà Bè's Công dân học tập pilot of 2022, in the three communes it was made of then (Thị trấn Nhà Bè, Xã
 * Phước Lộc, Xã Phú Xuân): 511 citizens, the officials and teachers of seven agencies and schools and the adults
 * of four ấp/khu phố, 505 of them recognised (the report's 505/511). Each old commune's people in its own round,
 * decided by its own committee in January 2023. Staff are counted in the old commune their unit stood in, not in
 * a village: the registry counts them as subjects at their organisation's commune, never in a village (ADR 0013).
 */
@Component
class DemoNhaBe {

    static final List<Unit> UNITS = List.of(
            new Unit("UBND-TTNB", "UBND thị trấn Nhà Bè", OrganisationKind.AGENCY, "27643-001", 38),
            new Unit("THCS-TTNB", "Trường THCS Thị trấn Nhà Bè", OrganisationKind.LOWER_SECONDARY_SCHOOL, "27643-002", 52),
            new Unit("TH-TTNB", "Trường Tiểu học Thị trấn Nhà Bè", OrganisationKind.PRIMARY_SCHOOL, "27643-003", 45),
            new Unit("UBND-PL", "UBND xã Phước Lộc", OrganisationKind.AGENCY, "27649-001", 30),
            new Unit("TH-PL", "Trường Tiểu học Phước Lộc", OrganisationKind.PRIMARY_SCHOOL, "27649-002", 36),
            new Unit("UBND-PX", "UBND xã Phú Xuân", OrganisationKind.AGENCY, "27655-001", 32),
            new Unit("MN-PX", "Trường Mầm non Phú Xuân", OrganisationKind.KINDERGARTEN, "27655-002", 28));
    static final List<String> RESIDENT_VILLAGES = List.of("27643-001", "27649-002", "27655-001", "27655-003");
    /** Residents who registered, per old commune (staff all registered): 261 staff + 250 residents = 511. */
    static final Map<String, Integer> RESIDENTS = Map.of("27643", 85, "27649", 80, "27655", 85);
    static final int NOT_RECOGNISED_PER_COMMUNE = 2;
    private static final Map<String, DecisionForm> DECISIONS = Map.of(
            "27643", decision("05/QĐ-UBND", "Trần Thanh Bình", "Ủy ban nhân dân thị trấn Nhà Bè"),
            "27649", decision("07/QĐ-UBND", "Võ Văn Phúc", "Ủy ban nhân dân xã Phước Lộc"),
            "27655", decision("06/QĐ-UBND", "Huỳnh Thị Mai", "Ủy ban nhân dân xã Phú Xuân"));
    private final DemoCitizens citizens;
    private final PastRounds rounds;
    private final DemoSubjects subjects;

    DemoNhaBe(DemoCitizens citizens, PastRounds rounds, DemoSubjects subjects) {
        this.citizens = citizens;
        this.rounds = rounds;
        this.subjects = subjects;
    }

    private static DecisionForm decision(String number, String signer, String body) {
        return new DecisionForm(number, LocalDate.of(2023, 1, 12), signer, "Chủ tịch", body, null);
    }

    /** Loads the registry records and the three pilot rounds; answers how many citizens registered. */
    int load(long communeId, Map<String, Long> oldCommunes, long seed) {
        Map<String, Long> villages = subjects.villagesByCode(communeId);
        if (citizens.load(communeId, villages, UNITS, RESIDENT_VILLAGES, 420, seed).isEmpty()) {
            return 0;
        }
        CriteriaSet set = subjects.set(Title.CONG_DAN, 2022);
        int registered = 0;
        for (var old : oldCommunes.entrySet()) {
            var entries = entries(old.getKey(), old.getValue(), communeId, villages, set);
            rounds.record(new PastRound(2022, Title.CONG_DAN, old.getValue(), set.content().name() + " 2022 (thí điểm)",
                    set.id(), pilotUnits(old.getKey(), villages), LocalDate.of(2022, 8, 31),
                    LocalDate.of(2022, 12, 9), entries, DECISIONS.get(old.getKey())));
            registered += entries.size();
        }
        return registered;
    }

    /** The old commune's staff (in the old commune) and then its residents; the last two not recognised. */
    private List<PastRound.Entry> entries(String oldCommune, long oldCommuneId, long communeId,
                                          Map<String, Long> villages, CriteriaSet set) {
        var people = new ArrayList<DemoSubjects.Subject>();
        var unitPlaces = new LinkedHashMap<String, Long>();
        UNITS.stream().filter(unit -> unit.villageCode().startsWith(oldCommune + "-"))
                .forEach(unit -> unitPlaces.put(unit.code(), oldCommuneId));
        people.addAll(subjects.staff(communeId, unitPlaces));
        var residentVillages = RESIDENT_VILLAGES.stream().filter(code -> code.startsWith(oldCommune + "-"))
                .map(villages::get).toList();
        people.addAll(subjects.adults(residentVillages, 2022).subList(0, RESIDENTS.get(oldCommune)));
        var entries = new ArrayList<PastRound.Entry>();
        for (int i = 0; i < people.size(); i++) {
            boolean recognised = i < people.size() - NOT_RECOGNISED_PER_COMMUNE;
            entries.add(new PastRound.Entry(people.get(i).id(), people.get(i).unitId(),
                    DemoSheets.forSubject(set, i, recognised), recognised));
        }
        return entries;
    }

    private static List<Long> pilotUnits(String oldCommune, Map<String, Long> villages) {
        return java.util.stream.Stream.concat(UNITS.stream().map(Unit::villageCode), RESIDENT_VILLAGES.stream())
                .filter(code -> code.startsWith(oldCommune + "-")).distinct().sorted().map(villages::get).toList();
    }
}
