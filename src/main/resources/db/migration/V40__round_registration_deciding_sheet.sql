-- The band and level of a registration's deciding sheet (the reviewer's if there is one, else the
-- self-assessment) kept on the registration itself (ADR 0023), so that round_registration_figure reads one row
-- per registration instead of joining its two sheets: a year's recompute groups by them over millions of rows,
-- and the planner knows how few distinct values plain columns have (a CASE over two joins it could not).
alter table round_registration add column band text, add column level int;

-- Every writer of round_sheet is followed, whatever its path (a sheet saved, an Excel upload, the archive of
-- past rounds, a test): a statement trigger sees all sheets a statement wrote at once.
create function round_registration_take_sheets(registrations bigint[]) returns void language sql as $$
    update round_registration r set band = d.band, level = d.level
    from (select k.id, s.band, s.level
          from unnest(registrations) as k(id)
          left join lateral (select s.band, s.level from round_sheet s where s.registration_id = k.id
                             order by s.kind = 'REVIEW' desc limit 1) s on true) d
    where r.id = d.id and (r.band, r.level) is distinct from (d.band, d.level)
$$;

create function round_sheet_follow() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform round_registration_take_sheets(array(select distinct registration_id from new_rows));
    elsif tg_op = 'UPDATE' then
        perform round_registration_take_sheets(array(select registration_id from new_rows
                                                     union select registration_id from old_rows));
    else
        perform round_registration_take_sheets(array(select distinct registration_id from old_rows));
    end if;
    return null;
end $$;

create trigger round_sheet_inserted after insert on round_sheet referencing new table as new_rows
    for each statement execute function round_sheet_follow();
create trigger round_sheet_updated after update on round_sheet referencing old table as old_rows new table as new_rows
    for each statement execute function round_sheet_follow();
create trigger round_sheet_deleted after delete on round_sheet referencing old table as old_rows
    for each statement execute function round_sheet_follow();

update round_registration r set band = d.band, level = d.level
from (select distinct on (registration_id) registration_id, band, level from round_sheet
      order by registration_id, kind = 'REVIEW' desc) d
where r.id = d.registration_id;

-- A year's recompute groups the registrations by unit, title, band and level. Column by column the planner
-- multiplies distinct counts (and takes 200 for a column it knows nothing of, such as a band no sheet has set yet),
-- so it expected a group for every tenth registration and chose its plan for that; the distinct combinations,
-- sampled by ANALYZE, are a few per unit.
create statistics round_registration_groups (ndistinct) on subject_unit_id, year, title, band, level
    from round_registration;

-- Same columns, same meaning (statistics reads only this view).
create or replace view round_registration_figure as
select r.id as registration_id, r.subject_kind, r.subject_id, r.subject_unit_id, r.title, r.year, r.status,
       rc.id as recognition_id,
       (rc.id is not null and rc.revoked_by is null) as recognised,
       r.band,
       r.level,
       o.pilot
from round_registration r
join round o on o.id = r.round_id
left join round_recognition rc on rc.registration_id = r.id;
