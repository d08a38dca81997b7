-- Published by the registry: the level that manages an organisation (COMMUNE, PROVINCE, CENTRAL), which decides
-- whether it is a subject of Đơn vị học tập (cấp xã quản lý) or (cấp huyện, tỉnh quản lý); appended to the view
-- so that its readers keep their columns.
create or replace view registry_organisation_name as
select o.id as organisation_id, o.commune_id, o.code, o.name, o.since, o.closed_on, o.managing_level
from reg_organisation o;
