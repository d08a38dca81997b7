-- Published by the registry for the round module (ADR 0010): every subject a title can be given, with the unit
-- it lies in now (a household's village, a clan's or organisation's commune, a person's current household's
-- village or else their organisation's commune) and the name lists show. Closed records are left out.
create view registry_subject as
select 'household' as kind, h.id, h.village_id as unit_id,
       coalesce(nullif(h.head_name, ''), h.code) as name, h.code
from reg_household h where h.closed_on is null
union all
select 'clan', c.id, c.commune_id, c.name, c.code from reg_clan c where c.closed_on is null
union all
select 'organisation', o.id, o.commune_id, o.name, o.code from reg_organisation o where o.closed_on is null
union all
select 'person', p.id,
       coalesce((select h.village_id from reg_member m join reg_household h on h.id = m.household_id
                 where m.person_id = p.id and m.left_on is null order by m.joined_on desc limit 1),
                (select o.commune_id from reg_staff s join reg_organisation o on o.id = s.organisation_id
                 where s.person_id = p.id and s.left_on is null order by s.joined_on desc limit 1)),
       p.full_name, null
from reg_person p where p.erased_at is null;
