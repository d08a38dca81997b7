package vn.khuyenhoc.geography.unit;

/**
 * The project's generator of a national-sized map for benchmarks: 34 provinces ("G01"…), 3,321 communes
 * ("G01-0001"…) spread over them, and 30 villages per commune, all valid from 01/07/2025. Names carry
 * diacritics so that folding is exercised.
 */
final class MapGenerator {

    static final String SQL = """
            with provinces as (
                insert into geo_unit (id) select nextval('geo_unit_id_seq') from generate_series(1, 34)
                returning id),
            numbered as (select id, row_number() over (order by id) as n from provinces)
            insert into geo_unit_version (unit_id, code, name, kind, type_name, valid_from, name_folded)
            select id, 'G' || lpad(n::text, 2, '0'), 'Tỉnh Thử ' || n, 'PROVINCE', 'Tỉnh', date '2025-07-01',
                   'tinh thu ' || n from numbered;

            with communes as (
                insert into geo_unit (id) select nextval('geo_unit_id_seq') from generate_series(1, 3321)
                returning id),
            numbered as (select id, row_number() over (order by id) as n from communes),
            provinces as (select unit_id, code, row_number() over (order by code) - 1 as p
                          from geo_unit_version where code ~ '^G[0-9]{2}$')
            insert into geo_unit_version (unit_id, code, name, kind, type_name, parent_id, valid_from, name_folded)
            select c.id, pr.code || '-' || lpad(c.n::text, 4, '0'), 'Xã Thử ' || c.n, 'COMMUNE', 'Xã', pr.unit_id,
                   date '2025-07-01', 'xa thu ' || c.n
            from numbered c join provinces pr on pr.p = (c.n - 1) % 34;

            with communes as (select unit_id, code, row_number() over (order by code) as n
                              from geo_unit_version where code ~ '^G[0-9]{2}-[0-9]{4}$'),
            slots as (select c.unit_id as commune, c.code, v as k, nextval('geo_unit_id_seq') as id
                      from communes c cross join generate_series(1, 30) v),
            units as (insert into geo_unit (id) select id from slots returning id)
            insert into geo_unit_version (unit_id, code, name, kind, type_name, parent_id, valid_from, name_folded)
            select s.id, s.code || '-' || lpad(s.k::text, 3, '0'), 'Thôn Đồng ' || s.k, 'VILLAGE', 'Thôn', s.commune,
                   date '2025-07-01', 'thon dong ' || s.k
            from slots s;
            """;

    private MapGenerator() {
    }
}
