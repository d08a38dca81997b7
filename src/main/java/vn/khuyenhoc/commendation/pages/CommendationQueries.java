package vn.khuyenhoc.commendation.pages;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.commendation.CommendationKind;
import vn.khuyenhoc.commendation.RecipientKind;
import vn.khuyenhoc.shared.Text;

/**
 * Commendations as lists show them, recipients named through their owners' views, in the order of the
 * conference list: collectives before persons, the higher form first, then names in Vietnamese order.
 */
@Component
class CommendationQueries {

    private static final String SELECT = """
            select c.id, c.kind, c.recipient_kind, c.recipient_id, null as recipient_name, c.area_unit_id,
                   a.name as area_name, c.year, c.issuing_body, c.decision_number, c.decision_date, c.reason,
                   c.item_id is not null as proposed
            from commendation c
            left join geography_unit_current a on a.unit_id = c.area_unit_id
            """;
    private final JdbcClient jdbc;
    private final RecipientNames names;

    CommendationQueries(JdbcClient jdbc, RecipientNames names) {
        this.jdbc = jdbc;
        this.names = names;
    }

    /** The filters of a list; {@code unitId} narrows to one unit's subtree, null values mean any. */
    record Filter(Integer year, Long unitId, CommendationKind kind, Boolean collective) {
    }

    record Row(long id, CommendationKind kind, RecipientKind recipientKind, long recipientId, String recipientName,
               long areaUnitId, String areaName, int year, String issuingBody, String decisionNumber,
               LocalDate decisionDate, String reason, boolean proposed) {

        public boolean collective() {
            return recipientKind.collective();
        }

        Row named(String name) {
            return new Row(id, kind, recipientKind, recipientId, name, areaUnitId, areaName, year, issuingBody,
                    decisionNumber, decisionDate, reason, proposed);
        }

        /** The name, or the record's kind and id once the recipient is gone (an erased person). */
        public String shownName() {
            return recipientName != null ? recipientName : "#" + recipientId;
        }
    }

    List<Row> find(Filter filter, String[] scope) {
        var rows = jdbc.sql(SELECT + """
                where exists (select 1 from geography_unit_scope s where s.unit_id = c.area_unit_id
                              and s.path like any (:scope)
                              and (cast(:unit as bigint) is null or s.path like any (
                                   select path || '%' from geography_unit_scope where unit_id = :unit)))
                  and (cast(:year as int) is null or c.year = :year)
                  and (cast(:kind as text) is null or c.kind = :kind)
                  and (cast(:collective as boolean) is null or (c.recipient_kind <> 'PERSON') = :collective)
                limit 5000""")
                .param("scope", scope).param("unit", filter.unitId()).param("year", filter.year())
                .param("kind", filter.kind() == null ? null : filter.kind().name())
                .param("collective", filter.collective()).query(Row.class).list();
        return sorted(named(rows));
    }

    Optional<Row> one(long id) {
        return jdbc.sql(SELECT + "where c.id = :id").param("id", id).query(Row.class).optional()
                .map(row -> named(List.of(row)).get(0));
    }

    private List<Row> named(List<Row> rows) {
        var found = names.of(rows.stream().map(r -> new RecipientNames.Key(r.recipientKind(), r.recipientId())).toList());
        return rows.stream().map(r -> r.named(found.get(new RecipientNames.Key(r.recipientKind(), r.recipientId()))))
                .toList();
    }

    /** The years that have commendations in the scope, latest first, with this year always offered. */
    List<Integer> years(String[] scope) {
        return jdbc.sql("""
                select y from (select distinct c.year as y from commendation c
                               join geography_unit_scope s on s.unit_id = c.area_unit_id and s.path like any (:scope)
                               union select cast(extract(year from current_date) as int)) years
                order by y desc""").param("scope", scope).query(Integer.class).list();
    }

    static List<Row> sorted(List<Row> rows) {
        Comparator<Row> order = Comparator.comparing((Row r) -> !r.collective())
                .thenComparing(r -> -r.kind().ordinal())
                .thenComparing(r -> Text.sortKey(r.shownName()), Arrays::compareUnsigned)
                .thenComparingLong(Row::id);
        return rows.stream().sorted(order).toList();
    }
}
