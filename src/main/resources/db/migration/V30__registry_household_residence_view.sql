-- Published by the registry (ADR 0006): where each household lived when, as dated inclusive ranges, so that a
-- module recording a past year (the demo's historical rounds) places a household in that year's village.
create view registry_household_residence as
select household_id, village_id, valid_from, valid_to from reg_household_residence;
