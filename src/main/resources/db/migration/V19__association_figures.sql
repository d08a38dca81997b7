-- The association's published figures (read-only, for its figures page and for statistics later), by year as
-- on the year's reference day (31 December, or today for the current year; see registry_years).

-- Each member on the reference day with their branch, where it lies, and their status under the dated rule:
-- lapsed when the last dues (or the joining day) lie more than the rule's months before the day.
create view association_member_status_by_year as
select y.year, m.id as member_id, m.assoc_unit_id, mb.branch_id, b.area_id,
       case when r.lapse_after_months is not null
                 and (coalesce(d.last_paid, m.joined_on) + make_interval(months => r.lapse_after_months))::date
                     < y.reference_day
            then 'LAPSED' else 'ACTIVE' end as status
from registry_years y
join assoc_member m on m.joined_on <= y.reference_day and (m.left_on is null or m.left_on > y.reference_day)
left join assoc_member_branch mb on mb.member_id = m.id and mb.valid_from <= y.reference_day
     and (mb.valid_to is null or mb.valid_to >= y.reference_day)
left join assoc_branch b on b.id = mb.branch_id
left join assoc_status_rule r on (r.valid_from is null or r.valid_from <= y.reference_day)
     and (r.valid_to is null or r.valid_to >= y.reference_day)
left join lateral (select max(p.paid_on) as last_paid from assoc_dues p
                   where p.member_id = m.id and p.paid_on <= y.reference_day) d on true;

create view association_member_count_by_year as
select year, branch_id, area_id, count(*) as members, count(*) filter (where status = 'ACTIVE') as active_members
from association_member_status_by_year
group by year, branch_id, area_id;

-- Open branches on the reference day, by the village (or the organisation's commune) they lie in.
create view association_branch_count_by_year as
select y.year, b.area_id, case when b.village_id is null then 'ORGANISATION' else 'VILLAGE' end as kind,
       count(*) as branches
from registry_years y
join assoc_branch b on b.since <= y.reference_day and (b.closed_on is null or b.closed_on >= y.reference_day)
group by y.year, b.area_id, kind;

-- Clans and organisations with an open board on the reference day, by commune.
create view association_board_count_by_year as
select y.year, b.commune_id, count(distinct b.clan_id) as clans_with_board,
       count(distinct b.organisation_id) as organisations_with_board
from registry_years y
join assoc_board b on b.since <= y.reference_day and (b.closed_on is null or b.closed_on >= y.reference_day)
group by y.year, b.commune_id;

create view association_population_by_year as
select year, unit_id, population from assoc_population;
