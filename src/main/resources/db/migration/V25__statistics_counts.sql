-- Statistics' own counts (ADR 0013): per unit, year and title, from records (RECORDS) or returns (REPORTED).
create table stat_count (
    unit_id    bigint not null,
    year       int    not null,
    title      text   not null,
    source     text   not null check (source in ('RECORDS', 'REPORTED')),
    subjects   bigint not null default 0,
    registered bigint not null default 0,
    recognised bigint not null default 0,
    primary key (year, title, unit_id, source)
);
create index stat_count_unit on stat_count (unit_id, title, year);

-- The same counts by rating band, level or (subjects only) citizens' target group.
create table stat_breakdown (
    unit_id    bigint not null,
    year       int    not null,
    title      text   not null,
    dimension  text   not null check (dimension in ('BAND', 'LEVEL', 'TARGET_GROUP')),
    value      text   not null,
    subjects   bigint not null default 0,
    registered bigint not null default 0,
    recognised bigint not null default 0,
    primary key (year, title, unit_id, dimension, value)
);

-- "As the map was": each unit's ancestors on the reference day of a year (depth 0 = the unit itself).
create table stat_ancestry (
    year        int    not null,
    unit_id     bigint not null,
    ancestor_id bigint not null,
    depth       int    not null,
    primary key (year, ancestor_id, unit_id)
);
create index stat_ancestry_unit on stat_ancestry (year, unit_id, depth);

-- "Today's map": where each unit's figures go on today's map; weight null = not comparable (a split without
-- a recorded share), exact false = estimated by shares.
create table stat_today_ancestry (
    unit_id     bigint        not null,
    ancestor_id bigint        not null,
    depth       int           not null,
    weight      numeric(9, 6),
    exact       boolean       not null,
    primary key (ancestor_id, unit_id)
);
create index stat_today_ancestry_unit on stat_today_ancestry (unit_id, depth);

-- Aggregate returns (báo cáo số liệu tổng hợp) of areas without records; the printed rate is kept as typed.
create table stat_return (
    id           bigserial primary key,
    unit_id      bigint      not null,
    year         int         not null check (year between 1990 and 2200),
    title        text        not null,
    subjects     bigint      not null check (subjects >= 0),
    registered   bigint      not null check (registered >= 0),
    recognised   bigint      not null check (recognised >= 0),
    printed_rate text,
    filed_by     bigint,
    filed_at     timestamptz not null default now(),
    version      int         not null default 0,
    unique (unit_id, year, title)
);

-- Targets (chỉ tiêu): national ones (unit_id null) from the Prime Minister's decisions, or an area's own.
create table stat_target (
    id        bigserial primary key,
    unit_id   bigint,
    title     text         not null,
    year      int          not null,
    variant   text         not null default 'ALL',
    rate      numeric(5, 2) not null check (rate > 0 and rate <= 100),
    basis     text         not null,
    set_by    bigint,
    version   int          not null default 0
);
create unique index stat_target_key on stat_target (coalesce(unit_id, 0), title, year, variant);

-- Annual reports submitted to the level above: a locked snapshot of the figures.
create table stat_report (
    id           bigserial primary key,
    unit_id      bigint      not null,
    year         int         not null,
    figures      jsonb       not null,
    submitted_by bigint,
    submitted_at timestamptz not null default now(),
    unique (unit_id, year)
);
