package vn.khuyenhoc.accounts.user;

import vn.khuyenhoc.accounts.AreaGuard;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.shared.Text;

/**
 * Units as areas of accounts, on today's map. Accounts knows no geography class: it reads the public views
 * {@code geography_unit_current}, {@code geography_unit_version} and {@code geography_unit_scope} only.
 */
@Component
class Areas {

    static final int PICKER_LIMIT = 20;
    private static final String VALID_TODAY = "(v.valid_from is null or v.valid_from <= current_date) "
            + "and (v.valid_to is null or v.valid_to >= current_date)";
    private final JdbcClient jdbc;

    Areas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The live unit with this code today: "68" (a province), "22969" (a commune), "22969-008" (a village). */
    Optional<Area> byCode(String code) {
        String normalised = normaliseCode(code);
        if (normalised == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select c.unit_id, c.code, c.name, c.kind, p.name as parent_name
                from geography_unit_current c left join geography_unit_current p on p.unit_id = c.parent_id
                where c.code = :code and not c.closed
                order by c.unit_id limit 1""")
                .param("code", normalised).query(Area.class).optional();
    }

    Optional<Area> byId(long unitId) {
        return jdbc.sql("""
                select c.unit_id, c.code, c.name, c.kind, p.name as parent_name
                from geography_unit_current c left join geography_unit_current p on p.unit_id = c.parent_id
                where c.unit_id = :id""")
                .param("id", unitId).query(Area.class).optional();
    }

    /**
     * Units in the given scope (path prefixes) whose name (without diacritics) or code matches, optionally of
     * one kind, for the area picker; the closest matches first, at most {@value #PICKER_LIMIT}.
     */
    List<Area> search(String query, List<String> scope, String kind) {
        String folded = Text.fold(query);
        if (folded.isBlank()) {
            return List.of();
        }
        return jdbc.sql("select v.unit_id, v.code, v.name, v.kind, p.name as parent_name "
                        + "from geography_unit_version v left join geography_unit_current p on p.unit_id = v.parent_id "
                        + "where " + VALID_TODAY + """
                 and (cast(:kind as text) is null or v.kind = :kind)
                 and (v.name_folded like :name escape '\\' or v.code like :code escape '\\')
                 and exists (select 1 from geography_unit_scope s
                             where s.unit_id = v.unit_id and s.path like any (:prefixes))
                order by (v.code = :exact) desc, length(v.name), v.code limit :limit""")
                .param("kind", kind).param("name", "%" + Text.escapeLike(folded) + "%")
                .param("code", Text.escapeLike(Text.normalise(query)) + "%").param("exact", Text.normalise(query))
                .param("prefixes", AreaGuard.likePrefixes(scope))
                .param("limit", PICKER_LIMIT)
                .query(Area.class).list();
    }

    /**
     * Official codes typed or read from a spreadsheet: a cell holding 1 means province "01", 4 digits a commune
     * whose leading zero the spreadsheet dropped.
     */
    static String normaliseCode(String code) {
        String text = Text.normaliseOrNull(code);
        if (text == null || !text.chars().allMatch(Character::isDigit)) {
            return text;
        }
        return text.length() <= 2 ? "0".repeat(2 - text.length()) + text
                : "0".repeat(Math.max(0, 5 - text.length())) + text;
    }
}
