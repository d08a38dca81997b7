-- The criteria module's public read-only view: one row per set, for other modules' queries (assessment rounds
-- join it by id). Columns are part of the module's API.
create view criteria_set_summary as
select s.id, s.title, s.code, s.version, s.name, s.legal_number, s.legal_date, s.year_from, s.year_to, s.variant,
       s.owner_unit_id, s.status, s.incomplete, s.used, s.style
from criteria_set s;
