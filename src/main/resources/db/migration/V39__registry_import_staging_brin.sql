-- The staged rows of an import are appended together, so a block-range index finds them as well as a B-tree
-- (the preview, commit and clean-up read all rows of one import) and costs next to nothing to fill: the B-trees
-- on import_id took a share of every preview's COPY of 480,000 rows (ADR 0007).
drop index reg_import_household_import;
create index reg_import_household_import on reg_import_household using brin (import_id);
drop index reg_import_member_import;
create index reg_import_member_import on reg_import_member using brin (import_id);
