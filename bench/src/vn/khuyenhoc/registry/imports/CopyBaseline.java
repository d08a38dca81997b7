package vn.khuyenhoc.registry.imports;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import vn.khuyenhoc.registry.common.Names;
import vn.khuyenhoc.registry.generator.GeneratedHousehold;
import vn.khuyenhoc.shared.Text;

/**
 * The baselines of the import benchmark: PostgreSQL COPY of the same household and member rows from CSV, timed
 * around the COPY statements alone (the CSV is built before). Two destinations: tables created LIKE reg_household,
 * reg_person and reg_member including their indexes (what loading these rows into this schema costs PostgreSQL
 * itself), and plain tables without any index (households, and members with their person columns).
 */
final class CopyBaseline {

    private final DataSource dataSource;
    private final Map<String, Long> villageIds;

    CopyBaseline(DataSource dataSource, Map<String, Long> villageIds) {
        this.dataSource = dataSource;
        this.villageIds = villageIds;
    }

    double intoTablesLikeTheRegistrys(List<GeneratedHousehold> households) throws SQLException {
        var h = new StringBuilder();
        var p = new StringBuilder();
        var m = new StringBuilder();
        long id = 1;
        long person = 1;
        for (var household : households) {
            householdLine(h, id, household);
            int position = 0;
            for (var member : household.members()) {
                p.append(person).append(",\"").append(member.fullName()).append("\",\"")
                        .append(Text.fold(member.fullName())).append("\",\\x")
                        .append(hex(Names.personSortKey(member.fullName()))).append(',').append(member.birthYear())
                        .append(',').append(member.sex()).append(',').append(quoted(member.occupation())).append(',')
                        .append(name(member.targetGroup())).append(',').append(name(member.schoolLevel())).append('\n');
                m.append(id).append(',').append(person++).append(',').append(member.relation()).append(',')
                        .append(position++).append(',').append(household.since()).append('\n');
            }
            id++;
        }
        return copy(List.of("bench_household", "bench_person", "bench_member"), List.of(
                "create table bench_household (like reg_household including all)",
                "create table bench_person (like reg_person including all)",
                "create table bench_member (like reg_member including all)"), List.of(
                "copy bench_household (id, village_id, code, head_name, address, phone, clan_id, since, "
                        + "search_folded, sort_key) from stdin (format csv)",
                "copy bench_person (id, full_name, name_folded, sort_key, birth_year, sex, occupation, target_group, "
                        + "school_level) from stdin (format csv)",
                "copy bench_member (household_id, person_id, relation, position, joined_on) from stdin (format csv)"),
                List.of(h.toString(), p.toString(), m.toString()));
    }

    double intoPlainTables(List<GeneratedHousehold> households) throws SQLException {
        var h = new StringBuilder();
        var m = new StringBuilder();
        long id = 1;
        long person = 1;
        for (var household : households) {
            householdLine(h, id, household);
            int position = 0;
            for (var member : household.members()) {
                m.append(id).append(',').append(person++).append(",\"").append(member.fullName()).append("\",\"")
                        .append(Text.fold(member.fullName())).append("\",\\x")
                        .append(hex(Names.personSortKey(member.fullName()))).append(',').append(member.birthYear())
                        .append(',').append(member.sex()).append(',').append(quoted(member.occupation()))
                        .append(',').append(name(member.targetGroup())).append(',').append(name(member.schoolLevel()))
                        .append(',').append(member.relation()).append(',').append(position++).append(',')
                        .append(household.since()).append('\n');
            }
            id++;
        }
        return copy(List.of("bench_household", "bench_member"), List.of("""
                create table bench_household (id bigint, village_id bigint, code text, head_name text, address text,
                    phone text, clan_id bigint, since date, search_folded text, sort_key bytea)""", """
                create table bench_member (household_id bigint, person_id bigint, full_name text, name_folded text,
                    sort_key bytea, birth_year int, sex text, occupation text, target_group text,
                    school_level text, relation text, position int, joined_on date)"""), List.of(
                "copy bench_household from stdin (format csv)", "copy bench_member from stdin (format csv)"),
                List.of(h.toString(), m.toString()));
    }

    private void householdLine(StringBuilder h, long id, GeneratedHousehold household) {
        String head = household.head().fullName();
        h.append(id).append(',').append(villageIds.get(household.villageCode())).append(",\"").append(household.code())
                .append("\",\"").append(head).append("\",").append(quoted(household.address())).append(',')
                .append(quoted(household.phone())).append(",,").append(household.since()).append(",\"")
                .append(Text.fold(household.code() + " " + head)).append("\",\\x")
                .append(hex(Names.personSortKey(head))).append('\n');
    }

    /** Creates the tables, times the COPY statements alone, drops the tables. */
    private double copy(List<String> tables, List<String> creates, List<String> copies, List<String> data)
            throws SQLException {
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("drop table if exists " + String.join(", ", tables));
            for (String create : creates) {
                statement.execute(create);
            }
            // The same setting as the import's commit (HouseholdCommit): trigram entries wait in the pending list
            statement.execute("set gin_pending_list_limit = '1GB'");
            var api = connection.unwrap(PGConnection.class).getCopyAPI();
            long start = System.nanoTime();
            try {
                for (int i = 0; i < copies.size(); i++) {
                    api.copyIn(copies.get(i), new StringReader(data.get(i)));
                }
            } catch (java.io.IOException e) {
                throw new SQLException(e);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            statement.execute("drop table " + String.join(", ", tables));
            return seconds;
        }
    }

    private static String quoted(String text) {
        return text == null ? "" : "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static String name(Enum<?> value) {
        return value == null ? "" : value.name();
    }

    private static String hex(byte[] bytes) {
        var text = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            text.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return text.toString();
    }
}
