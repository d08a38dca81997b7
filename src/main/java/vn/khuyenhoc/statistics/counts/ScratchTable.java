package vn.khuyenhoc.statistics.counts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A temporary table of a transaction filled from a plain SELECT read by the application. PostgreSQL reads with
 * parallel workers only for a plain query (never for INSERT … SELECT), and the bare GROUP BY a recompute is
 * measured against is one; the rows read are few (one per unit, title and band), so carrying them through the
 * application costs little.
 */
final class ScratchTable {

    /** A column: its name and its SQL type (bigint, int or text). */
    record Column(String name, String type) {
    }

    private final JdbcClient jdbc;
    private final String name;
    private final List<Column> columns;

    ScratchTable(JdbcClient jdbc, String name, List<Column> columns) {
        this.jdbc = jdbc;
        this.name = name;
        this.columns = columns;
    }

    /** Replaces the table's rows by those the select gives (its columns in the table's order). */
    void fill(String select, Map<String, ?> params) {
        var values = columns.stream().map(c -> new ArrayList<>()).toList();
        jdbc.sql(select).params(params).query(rs -> {
            for (int i = 0; i < columns.size(); i++) {
                values.get(i).add(value(rs.getObject(i + 1), columns.get(i).type()));
            }
        });
        jdbc.sql("drop table if exists pg_temp." + name).update();
        jdbc.sql("create temporary table " + name + " (" + columns.stream().map(c -> c.name() + " " + c.type())
                .collect(Collectors.joining(", ")) + ") on commit drop").update();
        String arrays = IntStream.range(0, columns.size())
                .mapToObj(i -> "cast(:c" + i + " as " + columns.get(i).type() + "[])").collect(Collectors.joining(", "));
        var insert = jdbc.sql("insert into " + name + " select * from unnest(" + arrays + ")");
        for (int i = 0; i < columns.size(); i++) {
            insert = insert.param("c" + i, array(values.get(i), columns.get(i).type()));
        }
        insert.update();
    }

    private static Object value(Object read, String type) {
        if (read == null || type.equals("text")) {
            return read;
        }
        return type.equals("int") ? (Object) ((Number) read).intValue() : (Object) ((Number) read).longValue();
    }

    private static Object[] array(List<Object> values, String type) {
        return switch (type) {
            case "bigint" -> values.toArray(Long[]::new);
            case "int" -> values.toArray(Integer[]::new);
            default -> values.toArray(String[]::new);
        };
    }
}
