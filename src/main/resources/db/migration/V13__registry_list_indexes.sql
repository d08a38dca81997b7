-- The lists' own order, so that a page of households or persons is read from the index and stops at its limit
-- instead of sorting every row of the area (100,000 households in one commune; see bench/README.md).
-- The households' index carries the columns of the area filter, so that a deep page (offset 50,000) is an index-only
-- scan.
create index reg_household_list_order on reg_household (sort_key, code, id) include (village_id, closed_on);
create index reg_person_list_order on reg_person ((erased_at is not null), sort_key, id);
