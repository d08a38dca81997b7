package vn.khuyenhoc.criteria;

/** The select list every list of sets shares. */
final class SetQueries {

    static final String SELECT = """
            select s.id, s.title, s.code, s.version, s.name, s.legal_number, s.legal_date, s.year_from, s.year_to,
                   s.variant, s.owner_unit_id, u.name as owner_name, s.status, s.incomplete, s.used, s.style
            from criteria_set s left join geography_unit_current u on u.unit_id = s.owner_unit_id
            """;

    private SetQueries() {
    }
}
