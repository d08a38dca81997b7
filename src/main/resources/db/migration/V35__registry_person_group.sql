-- Published by the registry for statistics (ADR 0013): a person's target group (FARMER, WORKER, OFFICIAL, OTHER;
-- null when not recorded), so that registered and recognised citizens can be broken down like their denominators
-- in registry_citizen_count_by_year. A citizen's registration names the person as its subject.
create view registry_person_group as
select p.id as person_id, p.target_group
from reg_person p;
