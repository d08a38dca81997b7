-- Published by the registry (ADR 0006): where each household lived when, as dated inclusive ranges, so that a
-- module recording a past year (the demo's historical rounds) places a household in that year's village.
create view registry_household_residence as
select household_id, village_id, valid_from, valid_to from reg_household_residence;

-- Published by the registry: who is staff of which organisation when (the Công dân học tập of a unit).
create view registry_staff as
select s.organisation_id, s.person_id, s.joined_on, s.left_on from reg_staff s;
