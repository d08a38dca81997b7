package vn.khuyenhoc.geography.imports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.NotFound;
import vn.khuyenhoc.shared.Text;

/** The work list of what imports could not place ({@code geo_set_aside}), and the search for the unit that fits. */
@Component
public class SetAsides {

    static final int PAGE_SIZE = 50;
    private final JdbcClient jdbc;

    SetAsides(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One set-aside item as listed and resolved. */
    public record Item(long id, Long importId, String reason, Long unitId, String code, String name,
                       String missingCode, LocalDate effectiveDate, OffsetDateTime resolvedAt, String resolution) {

        public boolean open() {
            return resolvedAt == null;
        }

        /** The link that resolves this item with the unit an officer chose: {predecessor, successor}. */
        public long[] linkWith(long chosen) {
            if (unitId == null || reason.equals(LineagePlanner.UNKNOWN_PREDECESSOR)) {
                throw new InvalidInput("geography.setAside.needsNote");
            }
            return reason.equals(LineagePlanner.UNKNOWN_SUCCESSOR) ? new long[] {unitId, chosen}
                    : new long[] {chosen, unitId};
        }
    }

    /** A unit offered when resolving an item by hand. */
    public record Candidate(long unitId, String code, String name, String kind, String typeName) {
    }

    public List<Item> list(boolean open, int page) {
        return jdbc.sql("""
                select id, import_id, reason, unit_id, code, name, missing_code, effective_date, resolved_at, resolution
                from geo_set_aside where (resolved_at is null) = :open
                order by reason, code, missing_code limit :limit offset :offset""")
                .param("open", open).param("limit", PAGE_SIZE).param("offset", Math.max(page, 0) * PAGE_SIZE)
                .query(Item.class).list();
    }

    public int count(boolean open) {
        return jdbc.sql("select count(*) from geo_set_aside where (resolved_at is null) = :open")
                .param("open", open).query(Integer.class).single();
    }

    public Item get(long id) {
        return jdbc.sql("""
                select id, import_id, reason, unit_id, code, name, missing_code, effective_date, resolved_at, resolution
                from geo_set_aside where id = :id""")
                .param("id", id).query(Item.class).optional().orElseThrow(() -> new NotFound("set-aside", id));
    }

    /** The open item, locked until the transaction ends so that two officers cannot resolve it twice. */
    public Item lockOpen(long id) {
        jdbc.sql("select id from geo_set_aside where id = :id for update").param("id", id).query(Long.class).optional()
                .orElseThrow(() -> new NotFound("set-aside", id));
        Item item = get(id);
        if (!item.open()) {
            throw new InvalidInput("geography.setAside.alreadyResolved", item.code());
        }
        return item;
    }

    public void resolve(long id, Long userId, String resolution) {
        jdbc.sql("""
                update geo_set_aside set resolved_at = now(), resolved_by = :by, resolution = :resolution
                where id = :id""")
                .param("by", userId).param("resolution", resolution).param("id", id).update();
    }

    /** Units valid on the day whose code is the query or whose name contains it, accents ignored. */
    public List<Candidate> candidates(String query, LocalDate on) {
        String folded = Text.fold(query);
        if (folded.isBlank()) {
            return List.of();
        }
        return jdbc.sql("""
                select unit_id, code, name, kind, type_name from geo_unit_version
                where kind <> 'VILLAGE' and (valid_from is null or valid_from <= :on) and (valid_to is null or valid_to >= :on)
                  and (code = :code or name_folded like '%' || :q || '%')
                order by (code = :code) desc, kind, length(name), code limit 20""")
                .param("on", on).param("code", Text.normalise(query))
                .param("q", folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"))
                .query(Candidate.class).list();
    }
}
