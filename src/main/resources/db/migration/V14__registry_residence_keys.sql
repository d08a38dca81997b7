-- Residences get B-tree keys instead of the GiST exclusion constraint of V7 (ADR 0007). An import of 100,000
-- households writes 100,000 residences at once, and the exclusion constraint cost about 25 µs a row (2.5 s of
-- such an import). The registry writes residences only through the household API and the import, which close the
-- open residence before opening the next one; the keys below hold the rest: one open residence per household,
-- and no two residences of a household starting on the same day.
do $$
declare
    exclusion text;
begin
    select conname into exclusion from pg_constraint
    where conrelid = 'reg_household_residence'::regclass and contype = 'x';
    execute format('alter table reg_household_residence drop constraint %I', exclusion);
end $$;
create unique index reg_household_residence_start on reg_household_residence (household_id, valid_from);
create unique index reg_household_residence_open on reg_household_residence (household_id) where valid_to is null;
