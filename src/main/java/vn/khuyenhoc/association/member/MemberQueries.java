package vn.khuyenhoc.association.member;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.association.structure.Listing;
import vn.khuyenhoc.association.structure.ReadScope;
import vn.khuyenhoc.shared.Text;

/**
 * Reads of members for the pages, the API and the export: only members whose latest branch lies in the user's
 * own area (a branch officer: their village), searched by name or card number, in Vietnamese order, with
 * today's status from the association's status view.
 */
@Component
public class MemberQueries {

    private static final String FROM = """
            from assoc_member m
            join lateral (select mb.branch_id from assoc_member_branch mb where mb.member_id = m.id
                          order by mb.valid_from desc limit 1) cb on true
            join assoc_branch b on b.id = cb.branch_id
            left join registry_person_name p on p.person_id = m.person_id
            left join association_member_status_by_year st on st.member_id = m.id
                 and st.year = extract(year from current_date)::int
            where %s and (cast(:association as bigint) is null or m.assoc_unit_id = :association)
              and (cast(:branch as bigint) is null or b.id = :branch)
              and (:q = '' or p.name_folded like :pattern escape '\\' or lower(m.card_number) like :pattern escape '\\')
            """.formatted(ReadScope.within("b.area_id"));
    private static final String COLUMNS = """
            select m.id, m.card_number, m.person_id, p.full_name, p.birth_year, m.assoc_unit_id, b.id as branch_id,
                   b.name as branch_name, m.joined_on, m.left_on,
                   case when m.left_on is not null then 'LEFT' else st.status end as status
            """;
    private final JdbcClient jdbc;
    private final AreaGuard guard;

    MemberQueries(JdbcClient jdbc, AreaGuard guard) {
        this.jdbc = jdbc;
        this.guard = guard;
    }

    public record MemberRow(long id, String cardNumber, long personId, String fullName, Integer birthYear,
                            long assocUnitId, long branchId, String branchName, LocalDate joinedOn, LocalDate leftOn,
                            String status) {
    }

    public record Filter(Long association, Long branch, String q, int page) {

        public Filter {
            q = q == null ? "" : q;
            page = Math.max(page, 0);
        }
    }

    public record PlacementRow(String branchName, LocalDate validFrom, LocalDate validTo) {
    }

    public Listing<MemberRow> page(Filter filter) {
        var rows = bind(COLUMNS + FROM + "order by p.sort_key, m.id limit :limit offset :offset", filter)
                .param("limit", Listing.SIZE).param("offset", filter.page() * Listing.SIZE)
                .query(MemberRow.class).list();
        long total = bind("select count(*) " + FROM, filter).query(Long.class).single();
        return new Listing<>(rows, filter.page(), Listing.SIZE, total);
    }

    /** Every member the filter selects, for the export; the caller closes the stream. */
    public Stream<MemberRow> all(Filter filter) {
        return bind(COLUMNS + FROM + "order by p.sort_key, m.id", filter).query(MemberRow.class).stream();
    }

    public Optional<MemberRow> find(long id) {
        return bind(COLUMNS + FROM + "and m.id = :id", new Filter(null, null, "", 0)).param("id", id)
                .query(MemberRow.class).optional();
    }

    public List<PlacementRow> placements(long memberId) {
        return jdbc.sql("""
                select b.name as branch_name, mb.valid_from, mb.valid_to from assoc_member_branch mb
                join assoc_branch b on b.id = mb.branch_id where mb.member_id = :m order by mb.valid_from""")
                .param("m", memberId).query(PlacementRow.class).list();
    }

    public List<LocalDate> dues(long memberId) {
        return jdbc.sql("select paid_on from assoc_dues where member_id = :m order by paid_on desc")
                .param("m", memberId).query(LocalDate.class).list();
    }

    /** Open branches of the association where the user may write, for the join and transfer forms. */
    public List<BranchOption> writableBranches(long associationId) {
        return jdbc.sql("""
                select b.id, b.name, b.area_id from assoc_branch b
                join geography_unit_current g on g.unit_id = b.area_id
                where b.assoc_unit_id = :a and b.closed_on is null order by g.code, b.name""")
                .param("a", associationId).query(BranchOption.class).list()
                .stream().filter(branch -> guard.canWrite(branch.areaId())).toList();
    }

    public record BranchOption(long id, String name, long areaId) {
    }

    private JdbcClient.StatementSpec bind(String sql, Filter filter) {
        String folded = Text.fold(filter.q());
        return jdbc.sql(sql).param("prefixes", AreaGuard.likePrefixes(guard.currentScopePaths()))
                .param("association", filter.association()).param("branch", filter.branch())
                .param("q", folded).param("pattern", "%" + Text.escapeLike(folded) + "%");
    }
}
