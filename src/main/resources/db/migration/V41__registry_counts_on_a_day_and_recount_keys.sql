-- Published by the registry for statistics (ADR 0023): the denominators of registry_household_count_by_year and
-- registry_citizen_count_by_year on ONE given day (a year's reference day, read from registry_years), with the
-- day a bound value instead of a join with registry_years. The views compare every residence with a reference
-- day computed per joined row, in a plan that cannot use parallel workers; these are plain scans the planner
-- can split like a bare count. SQL, stable and not strict, so the planner inlines them into the caller's query.
-- The views stay (other modules read them) and mean the same: day = the year's reference_day.
create function registry_household_count_on(day date)
    returns table (village_id bigint, households bigint)
    language sql stable parallel safe as $$
    select r.village_id, count(*)
    from reg_household_residence r
    where r.valid_from <= day and (r.valid_to is null or r.valid_to >= day)
    group by r.village_id
$$;

-- Adults: 18 or older in the day's year, as in the view.
create function registry_citizen_count_on(day date)
    returns table (source text, unit_id bigint, target_group text, citizens bigint)
    language sql stable parallel safe as $$
    select 'HOUSEHOLD', r.village_id, p.target_group, count(*)
    from reg_household_residence r
    join reg_member m on m.household_id = r.household_id
      and m.joined_on <= day and (m.left_on is null or m.left_on >= day)
    join reg_person p on p.id = m.person_id and p.birth_year is not null
      and extract(year from day)::int - p.birth_year >= 18
    where r.valid_from <= day and (r.valid_to is null or r.valid_to >= day)
    group by r.village_id, p.target_group
    union all
    select 'ORGANISATION', o.commune_id, p.target_group, count(*)
    from reg_staff s
    join reg_organisation o on o.id = s.organisation_id
    join reg_person p on p.id = s.person_id
    where s.joined_on <= day and (s.left_on is null or s.left_on >= day)
    group by o.commune_id, p.target_group
$$;

-- Statistics (ADR 0023): the keys a decision's recount reads, as rows the planner expects a few of. unnest() of a
-- bound array is estimated at 100 rows in a generic plan and at its length in a custom one, so PostgreSQL kept
-- planning the recount for every decision (about 1 ms of its 2.5). Not inlined (strict), so ROWS holds and
-- the generic plan, the same as the custom one, is chosen after five executions.
create function stat_keys(units bigint[], years int[]) returns table (unit_id bigint, year int)
    language sql immutable strict parallel safe rows 5 as $$
    select * from unnest(units, years)
$$;
