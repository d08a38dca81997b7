-- Published by the round module for statistics (ADR 0013): one row per registration with what the figures
-- count. recognised = a recognition that no later decision revoked; band and level are those of the deciding
-- sheet (the reviewer's, else the self-assessment).
create view round_registration_figure as
select r.id as registration_id, r.subject_kind, r.subject_id, r.subject_unit_id, r.title, r.year, r.status,
       rc.id as recognition_id,
       (rc.id is not null and rc.revoked_by is null) as recognised,
       case when rv.id is not null then rv.band else sf.band end as band,
       case when rv.id is not null then rv.level else sf.level end as level,
       o.pilot
from round_registration r
join round o on o.id = r.round_id
left join round_recognition rc on rc.registration_id = r.id
left join round_sheet rv on rv.registration_id = r.id and rv.kind = 'REVIEW'
left join round_sheet sf on sf.registration_id = r.id and sf.kind = 'SELF';

create index round_registration_unit_year on round_registration (subject_unit_id, year, title);
create index round_registration_year on round_registration (year);
