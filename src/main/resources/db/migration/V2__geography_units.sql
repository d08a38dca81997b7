-- Administrative units as dated versions (ADR 0002). A unit is a stable identity; its code, name, kind and
-- parent belong to a version valid over a closed date range [valid_from, valid_to]; null means open.
create extension if not exists btree_gist;

create table geo_unit (
    id         bigserial primary key,
    created_at timestamptz not null default now()
);

create table geo_unit_version (
    id          bigserial primary key,
    unit_id     bigint not null references geo_unit (id),
    code        text   not null,
    name        text   not null,
    kind        text   not null check (kind in ('PROVINCE', 'DISTRICT', 'COMMUNE', 'VILLAGE')),
    type_name   text   not null,
    parent_id   bigint references geo_unit (id),
    valid_from  date,
    valid_to    date,
    name_folded text   not null,
    check (valid_from is null or valid_to is null or valid_from <= valid_to),
    check (parent_id is null or parent_id <> unit_id),
    -- two versions of one unit never overlap: the database refuses what the importer should already have caught
    exclude using gist (unit_id with =, daterange(valid_from, valid_to, '[]') with &&)
);
create index geo_unit_version_unit on geo_unit_version (unit_id, valid_from);
create index geo_unit_version_parent on geo_unit_version (parent_id, valid_from, valid_to);
create index geo_unit_version_code on geo_unit_version (code);
create index geo_unit_version_folded on geo_unit_version (name_folded text_pattern_ops);

-- Predecessor → successor links (merge, split, rename, transfer). A split may carry the share that went on.
create table geo_lineage (
    id             bigserial primary key,
    predecessor_id bigint not null references geo_unit (id),
    successor_id   bigint not null references geo_unit (id),
    effective_date date   not null,
    kind           text   not null check (kind in ('MERGE', 'SPLIT', 'RENAME', 'TRANSFER')),
    share          numeric(7, 4) check (share is null or (share > 0 and share <= 1)),
    note           text,
    unique (predecessor_id, successor_id, effective_date),
    check (predecessor_id <> successor_id)
);
create index geo_lineage_successor on geo_lineage (successor_id);

-- Where each unit sits on today's map, as materialised paths of unit ids ("/12/3456/"). A live unit has one;
-- a closed unit (or a village of a closed commune) sits under each of its successors. The scope guard and
-- roll-ups match these paths by prefix. Rebuilt by the geography module after every change to the map.
create table geo_unit_scope (
    unit_id bigint not null references geo_unit (id),
    path    text   not null,
    primary key (unit_id, path)
);
create index geo_unit_scope_path on geo_unit_scope (path text_pattern_ops);

-- Imports: the uploaded file is kept so that the preview and the commit see the same bytes.
create table geo_import (
    id           bigserial primary key,
    format       text        not null,
    file_name    text        not null,
    sha256       text        not null,
    content      bytea       not null,
    uploaded_by  bigint,
    uploaded_at  timestamptz not null default now(),
    committed_at timestamptz,
    summary      jsonb
);

-- What an import could not place, kept for an officer to resolve by hand.
create table geo_set_aside (
    id             bigserial primary key,
    import_id      bigint references geo_import (id),
    reason         text   not null check (reason in ('UNKNOWN_SUCCESSOR', 'UNKNOWN_PREDECESSOR', 'NO_PREDECESSOR')),
    unit_id        bigint references geo_unit (id),
    code           text   not null,
    name           text   not null,
    missing_code   text,
    effective_date date   not null,
    resolved_at    timestamptz,
    resolved_by    bigint,
    resolution     text
);
create unique index geo_set_aside_open on geo_set_aside (reason, code, coalesce(missing_code, ''), effective_date);

-- Villages of a commune that was split: each must be placed in one of the new communes by their officers.
create table geo_village_placement (
    id             bigserial primary key,
    village_id     bigint not null references geo_unit (id),
    from_unit_id   bigint not null references geo_unit (id),
    effective_date date   not null,
    placed_in      bigint references geo_unit (id),
    placed_at      timestamptz,
    placed_by      bigint,
    unique (village_id, effective_date)
);

-- Public read-only views: the geography module's API for SQL (other modules never read the tables).
create view geography_unit_version as
select v.unit_id, v.code, v.name, v.kind, v.type_name, v.parent_id, v.valid_from, v.valid_to, v.name_folded
from geo_unit_version v;

-- Each unit's current version (or its last one if it was closed), with its primary path on today's map.
create view geography_unit_current as
select distinct on (v.unit_id)
       v.unit_id, v.code, v.name, v.kind, v.type_name, v.parent_id, v.valid_from, v.valid_to,
       (v.valid_to is not null and v.valid_to < current_date) as closed,
       (select min(s.path) from geo_unit_scope s where s.unit_id = v.unit_id) as path
from geo_unit_version v
where v.valid_from is null or v.valid_from <= current_date
order by v.unit_id, v.valid_from desc nulls last;

create view geography_unit_scope as
select unit_id, path from geo_unit_scope;
