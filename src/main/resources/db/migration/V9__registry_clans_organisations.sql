-- Clans and organisations: lists sort by name within a commune, and a member of staff may leave and come back.
-- A person's periods of service in one organisation may not overlap, so on any day (and so on the reference
-- day of any year) the staff of an organisation counts each person once; the history of those who left stays.
drop index reg_staff_person;
alter table reg_staff add constraint reg_staff_periods_apart exclude using gist (
    organisation_id with =, person_id with =, daterange(joined_on, left_on, '[]') with &&);
create index reg_staff_organisation on reg_staff (organisation_id, joined_on);

create index reg_clan_sort on reg_clan (commune_id, sort_key);
create index reg_organisation_sort on reg_organisation (commune_id, sort_key);
