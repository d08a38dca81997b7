package vn.khuyenhoc.geography.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.khuyenhoc.geography.UnitKind;

/**
 * The map as it stands, in memory, for planning an import: every version of the provinces, districts and
 * communes (some 15,000 rows), and of the villages a file names. Planning against it takes a few queries
 * whatever the size of the file.
 */
final class MapIndex {

    /** One stored version. */
    record Version(long id, long unitId, String code, String name, UnitKind kind, String typeName, Long parentId,
                   DateRange range) {

        boolean sameAs(String otherName, String otherType, UnitKind otherKind, Long otherParent) {
            return name.equals(otherName) && typeName.equals(otherType) && kind == otherKind
                    && java.util.Objects.equals(parentId, otherParent);
        }
    }

    private final Map<String, Set<Long>> unitsByCode = new HashMap<>();
    private final Map<Long, List<Version>> versionsByUnit = new HashMap<>();

    static MapIndex load(JdbcClient jdbc, Collection<String> villageCodes) {
        var index = new MapIndex();
        jdbc.sql("""
                select id, unit_id, code, name, kind, type_name, parent_id, valid_from, valid_to
                from geo_unit_version
                where kind <> 'VILLAGE'
                   or unit_id in (select unit_id from geo_unit_version where kind = 'VILLAGE' and code = any(:codes))
                order by unit_id, valid_from nulls first""")
                .param("codes", villageCodes.toArray(String[]::new))
                .query(rs -> {
                    index.add(version(rs));
                });
        return index;
    }

    private static Version version(ResultSet rs) throws SQLException {
        return new Version(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("code"), rs.getString("name"),
                UnitKind.valueOf(rs.getString("kind")), rs.getString("type_name"), (Long) rs.getObject("parent_id"),
                new DateRange(rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class)));
    }

    private void add(Version version) {
        unitsByCode.computeIfAbsent(key(version.kind(), version.code()), k -> new LinkedHashSet<>()).add(version.unitId());
        versionsByUnit.computeIfAbsent(version.unitId(), k -> new ArrayList<>()).add(version);
    }

    private static String key(UnitKind kind, String code) {
        return kind + ":" + code;
    }

    /** Every unit that ever had this code at this level (one, as codes are never reissued; villages may differ). */
    Set<Long> units(UnitKind kind, String code) {
        return unitsByCode.getOrDefault(key(kind, code), Set.of());
    }

    Optional<Long> unit(UnitKind kind, String code) {
        return units(kind, code).stream().findFirst();
    }

    List<Version> versions(long unitId) {
        return versionsByUnit.getOrDefault(unitId, List.of());
    }

    Optional<Version> versionOn(long unitId, LocalDate day) {
        return versions(unitId).stream().filter(v -> v.range().contains(day)).findFirst();
    }

    /** The version, valid on the day, of the unit with this code at this level. */
    Optional<Version> validOn(UnitKind kind, String code, LocalDate day) {
        return units(kind, code).stream().map(unit -> versionOn(unit, day)).flatMap(Optional::stream).findFirst();
    }

    /** The versions of every unit of a level valid on the day, in code order. */
    Stream<Version> allValidOn(UnitKind kind, LocalDate day) {
        return versionsByUnit.values().stream().flatMap(List::stream)
                .filter(v -> v.kind() == kind && v.range().contains(day))
                .sorted(Comparator.comparing(Version::code));
    }
}
