package vn.khuyenhoc.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.registry.common.Names;
import vn.khuyenhoc.registry.demo.DemoHousehold;
import vn.khuyenhoc.registry.demo.DemoStaff;
import vn.khuyenhoc.registry.demo.DemoWriter;
import vn.khuyenhoc.registry.generator.GeneratedMember;
import vn.khuyenhoc.registry.generator.HouseholdGenerator;
import vn.khuyenhoc.shared.Text;

/**
 * A second demo registry (dữ liệu mẫu), for a Công dân học tập pilot: a commune's agencies and schools placed in
 * its villages with their staff (officials and teachers), and the households of a few villages, made by the
 * project's generator and written like {@link DemoRegistry}'s, in one transaction with one audit entry. It loads
 * only while the commune has no organisation; a signed-in caller must be able to write the commune.
 */
@Service
public class DemoCitizens {

    private static final LocalDate STAFF_SINCE = LocalDate.of(2015, 8, 15);
    private final JdbcClient jdbc;
    private final DemoWriter writer;
    private final AreaGuard guard;
    private final ApplicationEventPublisher events;

    DemoCitizens(JdbcClient jdbc, DemoWriter writer, AreaGuard guard, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.guard = guard;
        this.events = events;
    }

    /** An organisation of the pilot, in one of the villages (by code), with this many staff. */
    public record Unit(String code, String name, OrganisationKind kind, String villageCode, int staff) {
    }

    /**
     * Loads the organisations and their staff, and {@code households} households spread over the villages named
     * in {@code householdVillages}; {@code villageIds} are the commune's villages by code.
     */
    @Transactional
    public Optional<RegistryDemoLoaded> load(long communeId, Map<String, Long> villageIds, List<Unit> units,
                                             List<String> householdVillages, int households, long seed) {
        guard.currentUser().ifPresent(user -> guard.requireWrite(communeId));
        if (hasOrganisations(communeId)) {
            return Optional.empty();
        }
        var codes = householdVillages.stream().sorted().toList();
        var placed = new HouseholdGenerator(seed).since(LocalDate.of(1995, 1, 1), LocalDate.of(2021, 6, 30))
                .generate(codes, households).stream()
                .map(h -> new DemoHousehold(h, null, List.of(new DemoHousehold.Residence(h.villageCode(), h.since(),
                        null)))).toList();
        List<Long> organisationIds = units.stream().map(unit -> insert(communeId, villageIds, unit)).toList();
        var written = writer.writePeople(villageIds, Map.of(), placed, staff(units, codes, seed), organisationIds);
        var loaded = new RegistryDemoLoaded(communeId, placed.size(), written.persons(), 0, units.size(),
                written.staff(), written.householdIds());
        events.publishEvent(loaded);
        return Optional.of(loaded);
    }

    private boolean hasOrganisations(long communeId) {
        return jdbc.sql("select exists (select 1 from reg_organisation where commune_id = :c)")
                .param("c", communeId).query(Boolean.class).single();
    }

    private long insert(long communeId, Map<String, Long> villageIds, Unit unit) {
        return jdbc.sql("""
                insert into reg_organisation (commune_id, village_id, code, name, name_folded, sort_key, kind,
                                              managing_level, staff_count, since)
                values (:commune, :village, :code, :name, :folded, :sort, :kind, 'COMMUNE', :staff, :since)
                returning id""")
                .param("commune", communeId).param("village", villageIds.get(unit.villageCode()))
                .param("code", unit.code()).param("name", unit.name()).param("folded", Text.fold(unit.name()))
                .param("sort", Names.sortKey(unit.name())).param("kind", unit.kind().name())
                .param("staff", unit.staff()).param("since", LocalDate.of(2000, 1, 1)).query(Long.class).single();
    }

    /** Working-age adults drawn by the generator, each an official (agencies) or a teacher (schools). */
    private static List<DemoStaff> staff(List<Unit> units, List<String> codes, long seed) {
        int needed = units.stream().mapToInt(Unit::staff).sum();
        var adults = new HouseholdGenerator(seed + 1).asOf(2022).generate(codes, needed * 3).stream()
                .map(household -> household.head())
                .filter(head -> 2022 - head.birthYear() >= 23 && 2022 - head.birthYear() <= 58).iterator();
        var staff = new ArrayList<DemoStaff>();
        for (int u = 0; u < units.size(); u++) {
            boolean agency = units.get(u).kind() == OrganisationKind.AGENCY;
            for (int i = 0; i < units.get(u).staff(); i++) {
                GeneratedMember person = adults.next();
                staff.add(new DemoStaff(u, new GeneratedMember(person.fullName(), person.birthYear(), person.sex(),
                        person.relation(), null, agency ? "Cán bộ, công chức" : "Giáo viên", TargetGroup.OFFICIAL),
                        agency ? "Cán bộ" : "Giáo viên", STAFF_SINCE));
            }
        }
        return staff;
    }
}
