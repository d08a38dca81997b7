package vn.khuyenhoc.geography.imports;

import static org.assertj.core.api.Assertions.assertThat;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.test.web.servlet.MockMvc;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.geography.ImportFormat;
import vn.khuyenhoc.geography.ImportPreview;
import vn.khuyenhoc.geography.MapImports;

/**
 * The three shared national lists (../shared/data/admin-units), imported on top of the demo map, which uses the
 * same real codes. Skipped with a message where the shared folder is absent.
 */
@IntegrationTest
@Transactional
class SharedListsImportIntegrationTests {

    private static final LocalDate BEFORE = LocalDate.of(2025, 6, 30);
    private static final LocalDate AFTER = LocalDate.of(2025, 7, 1);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    @Autowired
    MapImports imports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    Path folder;

    @BeforeEach
    void requireSharedData() {
        folder = Path.of(System.getProperty("khuyenhoc.shared-data", "../shared/data"), "admin-units");
        Assumptions.assumeTrue(Files.isRegularFile(folder.resolve("lineage-2025-07-01.json")),
                () -> "Skipped: the shared lists are not in " + folder.toAbsolutePath()
                        + " (set -Dkhuyenhoc.shared-data to the folder holding admin-units/)");
    }

    @Test
    void theSharedListsGiveTheOfficialCountsOnEitherSideOfTheReform() throws IOException {
        importAll();

        assertThat(countsOn(BEFORE)).isEqualTo(Map.of("PROVINCE", 63L, "DISTRICT", 696L, "COMMUNE", 10_047L));
        assertThat(countsOn(AFTER)).isEqualTo(Map.of("PROVINCE", 34L, "COMMUNE", 3_321L));
    }

    @Test
    void theSetAsideListIsExactlyTheFlawsOfTheFiles() throws IOException {
        long lineage = importAll();

        Set<String> stored = new TreeSet<>(jdbc.sql("""
                select reason || ' ' || code || coalesce(' -> ' || missing_code, '') from geo_set_aside
                where import_id = :id""").param("id", lineage).query(String.class).list());
        assertThat(stored).isEqualTo(expectedFlawsFromTheFiles());
        assertThat(stored).containsExactlyInAnyOrder(
                "UNKNOWN_SUCCESSOR 06886 -> 06970", "UNKNOWN_SUCCESSOR 06970 -> 06970",
                "UNKNOWN_SUCCESSOR 06973 -> 06970", "UNKNOWN_SUCCESSOR 06982 -> 06970",
                "UNKNOWN_SUCCESSOR 06988 -> 06970", "UNKNOWN_SUCCESSOR 23938 -> 23737",
                "NO_PREDECESSOR 06978", "NO_PREDECESSOR 11948", "NO_PREDECESSOR 19742", "NO_PREDECESSOR 20333",
                "NO_PREDECESSOR 21548", "NO_PREDECESSOR 23938", "NO_PREDECESSOR 26732");
    }

    @Test
    void everyOldCommuneIsLinkedOrSetAside() throws IOException {
        importAll();

        Set<String> linked = new HashSet<>(jdbc.sql("""
                select distinct old.code from geo_unit_version old
                where old.kind = 'COMMUNE' and old.valid_to = :before
                  and (exists (select 1 from geo_lineage l where l.predecessor_id = old.unit_id and l.effective_date = :after)
                       or (old.code = any(:survivors) and exists (select 1 from geo_unit_version n
                                                                 where n.unit_id = old.unit_id and n.valid_from = :after)))""")
                .param("before", BEFORE).param("after", AFTER).param("survivors", survivorCodes().toArray(String[]::new))
                .query(String.class).list());
        Set<String> setAside = new HashSet<>(jdbc.sql("""
                select code from geo_set_aside where reason = 'UNKNOWN_SUCCESSOR'""").query(String.class).list());
        Set<String> oldCommunes = oldCommuneCodes();

        assertThat(oldCommunes).hasSize(10_047);
        assertThat(oldCommunes).allSatisfy(code -> assertThat(linked.contains(code) || setAside.contains(code))
                .as("old commune %s is linked or set aside", code).isTrue());
        assertThat(oldCommunes.stream().filter(code -> !linked.contains(code)).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("06970", "06973", "06982", "06988", "23938");
    }

    @Test
    void importingEachSharedFileASecondTimeChangesNothing() throws IOException {
        importAll();

        for (var file : List.of(ImportFormat.UNITS_BEFORE_REFORM, ImportFormat.UNITS_AFTER_REFORM, ImportFormat.LINEAGE_2025)) {
            ImportPreview again = imports.preview(file, fileOf(file), Files.readAllBytes(folder.resolve(fileOf(file))));
            assertThat(again.counts().created()).as(file.name()).isZero();
            assertThat(again.counts().changed()).as(file.name()).isZero();
            assertThat(again.counts().villagesMoved()).as(file.name()).isZero();
            assertThat(again.counts().villagesToPlace()).as(file.name()).isZero();
        }
    }

    @Test
    void nhaBeMergesItsPredecessorsAndTheirVillagesMoveIntoIt() throws IOException {
        importAll();

        var predecessors = jdbc.sql("""
                select p.code || ' ' || l.kind from geo_lineage l
                join geo_unit_version p on p.unit_id = l.predecessor_id and p.valid_to = :before
                join geo_unit_version s on s.unit_id = l.successor_id and s.valid_from = :after
                where s.code = '27655' and s.kind = 'COMMUNE' and l.effective_date = :after""")
                .param("before", BEFORE).param("after", AFTER).query(String.class).list();
        // the national list also merges Xã Phước Kiển (27646) into Xã Nhà Bè; the demo map leaves it out
        assertThat(predecessors).containsExactlyInAnyOrder("27643 MERGE", "27646 MERGE", "27649 MERGE");
        String parentOfVillage = jdbc.sql("""
                select p.code from geo_unit_version v
                join geo_unit_version p on p.unit_id = v.parent_id and p.valid_from = :after
                where v.code = '27643-001' and v.valid_from = :after""")
                .param("after", AFTER).query(String.class).single();
        assertThat(parentOfVillage).isEqualTo("27655");
    }

    private long importAll() throws IOException {
        return importAll("");
    }

    /** Imports the three lists, with villages (CSV lines) added before the lineage; returns the lineage import. */
    private long importAll(String villages) throws IOException {
        long id = 0;
        for (var format : List.of(ImportFormat.UNITS_BEFORE_REFORM, ImportFormat.UNITS_AFTER_REFORM, ImportFormat.LINEAGE_2025)) {
            if (format == ImportFormat.LINEAGE_2025 && !villages.isEmpty()) {
                byte[] csv = ("code,name,kind,parent_code,valid_from,valid_to\n" + villages).getBytes(StandardCharsets.UTF_8);
                imports.commit(imports.preview(ImportFormat.UNITS_CSV, "villages.csv", csv).importId());
            }
            var preview = imports.preview(format, fileOf(format), Files.readAllBytes(folder.resolve(fileOf(format))));
            id = imports.commit(preview.importId()).importId();
        }
        return id;
    }

    @Test
    void resolvingBaCheToItsNewCodeLinksItAndMovesItsVillages() throws Exception {
        importAll("06970-001,Khu 1,Khu phố,06970,,\n06973-001,Thôn 1,Thôn,06973,,\n");
        long baChe = jdbc.sql("select unit_id from geo_unit_version where code = '06978' and valid_from = :after")
                .param("after", AFTER).query(Long.class).single();
        Cookie admin = mvc.perform(formLogin("/login").user("admin").password("khuyenhoc")).andReturn().getResponse()
                .getCookie("SESSION");

        for (String old : List.of("06970", "06973")) {
            long item = jdbc.sql("""
                    select id from geo_set_aside where reason = 'UNKNOWN_SUCCESSOR' and code = :code and missing_code = '06970'""")
                    .param("code", old).query(Long.class).single();
            mvc.perform(post("/geography/set-aside/{id}/resolve", item).param("unitId", String.valueOf(baChe))
                    .cookie(admin).with(csrf())).andExpect(status().is3xxRedirection());
        }

        // one link alone was a renaming; with the second, both are a merger into Xã Ba Chẽ
        assertThat(jdbc.sql("""
                select p.code || ' ' || l.kind from geo_lineage l
                join geo_unit_version p on p.unit_id = l.predecessor_id and p.valid_to = :before
                where l.successor_id = :baChe order by p.code""")
                .param("before", BEFORE).param("baChe", baChe).query(String.class).list())
                .containsExactly("06970 MERGE", "06973 MERGE");
        assertThat(jdbc.sql("""
                select v.code from geo_unit_version v where v.parent_id = :baChe and v.valid_from = :after order by v.code""")
                .param("baChe", baChe).param("after", AFTER).query(String.class).list())
                .containsExactly("06970-001", "06973-001");
        assertThat(jdbc.sql("select count(*) from geo_set_aside where code = '06978' and resolved_at is null")
                .query(Integer.class).single()).as("Ba Chẽ still waits for its own item to be closed").isEqualTo(1);
    }

    private static String fileOf(ImportFormat format) {
        return switch (format) {
            case UNITS_BEFORE_REFORM -> "units-2025-03.json";
            case UNITS_AFTER_REFORM -> "units-2026.json";
            case LINEAGE_2025 -> "lineage-2025-07-01.json";
            case UNITS_CSV -> throw new IllegalArgumentException();
        };
    }

    private Map<String, Long> countsOn(LocalDate day) {
        return jdbc.sql("""
                select kind, count(*) from geo_unit_version
                where kind <> 'VILLAGE' and (valid_from is null or valid_from <= :day) and (valid_to is null or valid_to >= :day)
                group by kind""")
                .param("day", day)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Old communes the file links to their own code: they keep their unit and need no link row. */
    private Set<String> survivorCodes() throws IOException {
        var codes = new HashSet<String>();
        for (JsonNode province : read("lineage-2025-07-01.json").get("data")) {
            for (JsonNode commune : province.get("level3s")) {
                String code = commune.get("level3_id").asString();
                commune.get("splits").forEach(split -> {
                    if (split.get("new_id").asString().equals(code)) {
                        codes.add(code);
                    }
                });
            }
        }
        return codes;
    }

    private Set<String> oldCommuneCodes() throws IOException {
        var codes = new HashSet<String>();
        for (JsonNode province : read("lineage-2025-07-01.json").get("data")) {
            province.get("level3s").forEach(commune -> codes.add(commune.get("level3_id").asString()));
        }
        return codes;
    }

    /** The flaws, found by scanning the files: links to codes the new list lacks, new communes nobody links to. */
    private Set<String> expectedFlawsFromTheFiles() throws IOException {
        Set<String> newCommunes = new HashSet<>();
        for (JsonNode province : read("units-2026.json")) {
            province.get("Wards").forEach(ward -> newCommunes.add(ward.get("Code").asString()));
        }
        Set<String> flaws = new TreeSet<>();
        Set<String> pointedAt = new HashSet<>();
        for (JsonNode province : read("lineage-2025-07-01.json").get("data")) {
            for (JsonNode commune : province.get("level3s")) {
                for (JsonNode split : commune.get("splits")) {
                    String target = split.get("new_id").asString();
                    pointedAt.add(target);
                    if (!newCommunes.contains(target)) {
                        flaws.add("UNKNOWN_SUCCESSOR " + commune.get("level3_id").asString() + " -> " + target);
                    }
                }
            }
        }
        newCommunes.stream().filter(code -> !pointedAt.contains(code)).forEach(code -> flaws.add("NO_PREDECESSOR " + code));
        return flaws;
    }

    private JsonNode read(String file) throws IOException {
        return JSON.readTree(Files.readAllBytes(folder.resolve(file)));
    }
}
