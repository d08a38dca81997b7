-- Every area's totals per year and title in both boundary views, kept in step with stat_count (ADR 0019), so a
-- dashboard reads a few rows instead of summing thousands of villages. Sums are weighted (today's map: shares)
-- and unrounded; readers round them as the roll-up statement does. Only RECORDS are summed: an area with a
-- return under it (reported > 0) is rolled up by the exact statement, which applies the rules of returns.
create table stat_rollup (
    boundary     text    not null check (boundary in ('AS_THE_MAP_WAS', 'TODAYS_MAP')),
    area_id      bigint  not null,
    year         int     not null,
    title        text    not null,
    subjects     numeric not null default 0,
    registered   numeric not null default 0,
    recognised   numeric not null default 0,
    counted      int     not null default 0, -- RECORDS rows under the area
    reported     int     not null default 0, -- REPORTED rows under the area
    estimated    int     not null default 0, -- RECORDS rows whose weight is an estimate by shares
    uncomparable int     not null default 0, -- RECORDS rows under a split without a share
    primary key (boundary, area_id, title, year)
);

create type stat_count_delta as (unit_id bigint, year int, title text, source text, subjects bigint,
                                 registered bigint, recognised bigint, sign int);

-- Adds signed count rows to the totals of every ancestor, in the given views. PL/pgSQL, not SQL: its statement
-- is planned once per session, where a SQL function's would be planned on every decision.
create function stat_rollup_add(deltas stat_count_delta[],
                                boundaries text[] default array['AS_THE_MAP_WAS', 'TODAYS_MAP'])
    returns void language plpgsql as $$
begin
    insert into stat_rollup as r (boundary, area_id, year, title, subjects, registered, recognised, counted,
                                  reported, estimated, uncomparable)
    select 'AS_THE_MAP_WAS', a.ancestor_id, d.year, d.title,
           coalesce(sum(d.sign * d.subjects) filter (where d.source = 'RECORDS'), 0),
           coalesce(sum(d.sign * d.registered) filter (where d.source = 'RECORDS'), 0),
           coalesce(sum(d.sign * d.recognised) filter (where d.source = 'RECORDS'), 0),
           coalesce(sum(d.sign) filter (where d.source = 'RECORDS'), 0),
           coalesce(sum(d.sign) filter (where d.source = 'REPORTED'), 0), 0, 0
    from unnest(deltas) d join stat_ancestry a on a.year = d.year and a.unit_id = d.unit_id
    where 'AS_THE_MAP_WAS' = any(boundaries)
    group by a.ancestor_id, d.year, d.title
    union all
    select 'TODAYS_MAP', a.ancestor_id, d.year, d.title,
           coalesce(sum(d.sign * d.subjects * a.weight) filter (where d.source = 'RECORDS'), 0),
           coalesce(sum(d.sign * d.registered * a.weight) filter (where d.source = 'RECORDS'), 0),
           coalesce(sum(d.sign * d.recognised * a.weight) filter (where d.source = 'RECORDS'), 0),
           coalesce(sum(d.sign) filter (where d.source = 'RECORDS'), 0),
           coalesce(sum(d.sign) filter (where d.source = 'REPORTED'), 0),
           coalesce(sum(d.sign) filter (where d.source = 'RECORDS' and not a.exact and a.weight is not null), 0),
           coalesce(sum(d.sign) filter (where d.source = 'RECORDS' and a.weight is null), 0)
    from unnest(deltas) d join stat_today_ancestry a on a.unit_id = d.unit_id
    where 'TODAYS_MAP' = any(boundaries)
    group by a.ancestor_id, d.year, d.title
    on conflict (boundary, area_id, title, year) do update
    set subjects = r.subjects + excluded.subjects, registered = r.registered + excluded.registered,
        recognised = r.recognised + excluded.recognised, counted = r.counted + excluded.counted,
        reported = r.reported + excluded.reported, estimated = r.estimated + excluded.estimated,
        uncomparable = r.uncomparable + excluded.uncomparable;
end $$;

-- Statement-level triggers see all rows a statement changed at once (transition tables): a decision's recount
-- adds one delta per key, a return one row. A bulk rebuild (a year's recompute, a map change) sets
-- khuyenhoc.rollup_rebuild for its transaction and writes the year's totals in one GROUP BY instead.
create function stat_rollup_follow() returns trigger language plpgsql as $$
begin
    if current_setting('khuyenhoc.rollup_rebuild', true) = 'on' then
        return null;
    end if;
    -- INSERT … ON CONFLICT fires both statement triggers, one of them with no rows: nothing to add then.
    if tg_op = 'INSERT' then
        if not exists (select from new_rows) then
            return null;
        end if;
        perform stat_rollup_add(array(select row(n.unit_id, n.year, n.title, n.source, n.subjects, n.registered,
                                                 n.recognised, 1)::stat_count_delta from new_rows n));
    elsif tg_op = 'UPDATE' then
        if not exists (select from new_rows) then
            return null;
        end if;
        perform stat_rollup_add(array(
            select row(n.unit_id, n.year, n.title, n.source, n.subjects, n.registered, n.recognised, 1)::stat_count_delta
            from new_rows n
            union all
            select row(o.unit_id, o.year, o.title, o.source, o.subjects, o.registered, o.recognised, -1)::stat_count_delta
            from old_rows o));
    else
        if not exists (select from old_rows) then
            return null;
        end if;
        perform stat_rollup_add(array(select row(o.unit_id, o.year, o.title, o.source, o.subjects, o.registered,
                                                 o.recognised, -1)::stat_count_delta from old_rows o));
    end if;
    return null;
end $$;

create trigger stat_count_inserted after insert on stat_count referencing new table as new_rows
    for each statement execute function stat_rollup_follow();
create trigger stat_count_updated after update on stat_count referencing old table as old_rows new table as new_rows
    for each statement execute function stat_rollup_follow();
create trigger stat_count_deleted after delete on stat_count referencing old table as old_rows
    for each statement execute function stat_rollup_follow();

-- Rebuilds one view's totals for some years from stat_count (after a recompute or a change of the ancestries).
create function stat_rollup_rebuild(boundary text, years int[]) returns void language sql as $$
    delete from stat_rollup r where r.boundary = stat_rollup_rebuild.boundary and r.year = any(years);
    select stat_rollup_add(array(select row(s.unit_id, s.year, s.title, s.source, s.subjects, s.registered,
                                            s.recognised, 1)::stat_count_delta
                                 from stat_count s where s.year = any(years)),
                           array[boundary]);
$$;

-- The totals as they stand: whatever was counted before this migration.
select stat_rollup_rebuild(b, array(select distinct year from stat_count))
from unnest(array['AS_THE_MAP_WAS', 'TODAYS_MAP']) b;

-- A year's recompute reads one title's registrations of the year (citizens by group) as well as all of them:
-- the round's index on the year alone made that a read of the whole year.
create index round_registration_year_title on round_registration (year, title);
drop index round_registration_year;
