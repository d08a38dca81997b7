-- Views the registry and geography publish for other modules (first read by the association, V18): other
-- modules never read reg_* or geo_* tables directly.

-- Published by the registry for other modules (names to show and search by; an erased person has no name).
create view registry_person_name as
select p.id as person_id, p.full_name, p.name_folded, p.sort_key, p.birth_year, p.erased_at is not null as erased
from reg_person p;
create view registry_clan_name as
select c.id as clan_id, c.commune_id, c.code, c.name, c.since, c.closed_on from reg_clan c;
create view registry_organisation_name as
select o.id as organisation_id, o.commune_id, o.code, o.name, o.since, o.closed_on from reg_organisation o;

-- Published by the registry: who lives in which village, as household membership periods (erased persons
-- included, with no name in registry_person_name).
create view registry_household_member as
select m.person_id, h.village_id, m.joined_on, m.left_on, p.birth_year
from reg_member m join reg_household h on h.id = m.household_id join reg_person p on p.id = m.person_id;

-- Published by geography: the links between predecessor and successor units (merge, split, rename, transfer).
create view geography_lineage as
select predecessor_id, successor_id, effective_date, kind, share from geo_lineage;
