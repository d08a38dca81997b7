-- Sort keys become half as long (shared.Text.sortKey, ADR 0007): each 16-bit unit of Java's collation key below
-- 0xFE is stored as the one byte unit + 1, any other as 0xFF and its two bytes. Byte-wise order is unchanged.
-- Every sort index shrinks by half, and so does the cost of filling them on a large import.
create function pg_temp.compact_sort_key(key bytea) returns bytea language sql immutable as $$
    select coalesce(string_agg(case when unit < 254 then set_byte('\x00'::bytea, 0, unit + 1)
                                    else '\xff'::bytea || substring(key from i + 1 for 2) end,
                               ''::bytea order by i), ''::bytea)
    from (select i, get_byte(key, i) * 256 + get_byte(key, i + 1) as unit
          from generate_series(0, length(key) - 2, 2) i) units
$$;

-- Erased persons (and households whose head was erased) take the last key, so that they come last in lists
-- without a second column in the list index.
update reg_person set sort_key = case when erased_at is null then pg_temp.compact_sort_key(sort_key)
                                      else '\xffffffff'::bytea end;
update reg_household set sort_key = case when head_name = '' and sort_key = '\x'::bytea then '\xffffffff'::bytea
                                         else pg_temp.compact_sort_key(sort_key) end;
update reg_clan set sort_key = pg_temp.compact_sort_key(sort_key);
update reg_organisation set sort_key = pg_temp.compact_sort_key(sort_key);
update reg_import_household set sort_key = pg_temp.compact_sort_key(sort_key);
update reg_import_member set sort_key = pg_temp.compact_sort_key(sort_key);
update reg_import_clan set sort_key = pg_temp.compact_sort_key(sort_key);
update reg_import_organisation set sort_key = pg_temp.compact_sort_key(sort_key);
update reg_import_citizen set sort_key = pg_temp.compact_sort_key(sort_key);

-- The lists order by key alone now (erased persons carry the last key), and a household list of one village
-- reads its few thousand rows through reg_household_code: two indexes fewer for every import to fill.
drop index reg_person_list_order;
create index reg_person_list_order on reg_person (sort_key, id);
drop index reg_household_sort;

-- A member is found through their household (or person): the surrogate id keeps no index of its own, and the
-- household-person key is the primary key. One index fewer for the 400,000 members of a large import.
alter table reg_member drop constraint reg_member_pkey;
alter table reg_member add constraint reg_member_pkey primary key using index reg_member_person;
-- Most households belong to no clan; only those that do are indexed.
drop index reg_household_clan;
create index reg_household_clan on reg_household (clan_id) where clan_id is not null;
