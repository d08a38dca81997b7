-- Criteria sets (bộ tiêu chí): versioned data, never code. A set belongs to a title, has a legal basis, the years
-- it applies to, an optional variant (a region such as disadvantaged areas, or a kind of subject such as
-- education institutions) and an owner: null = national, otherwise the province unit that adapted it.
create table criteria_set (
    id                bigserial primary key,
    title             text        not null,
    code              text        not null,
    version           int         not null check (version > 0),
    name              text        not null,
    legal_number      text,
    legal_date        date,
    year_from         int,
    year_to           int,
    variant           text,
    target_groups     text[]      not null default '{}',
    owner_unit_id     bigint,
    status            text        not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED')),
    incomplete        boolean     not null default false,
    used              boolean     not null default false,
    copied_from       bigint references criteria_set (id),
    bundled           boolean     not null default false,
    -- the rule: POINTS (bands, pass mark, guards) or LEVELS (highest level whose indicators are all met)
    style             text        not null check (style in ('POINTS', 'LEVELS')),
    max_points        numeric(7, 2),
    pass_mark         numeric(7, 2),
    min_per_indicator numeric(7, 2),
    levels            int         not null default 0 check (levels >= 0),
    notes             text,
    row_version       int         not null default 0,
    created_at        timestamptz not null default now(),
    published_at      timestamptz,
    unique (code, version),
    check (year_to is null or year_from is null or year_to >= year_from)
);
create index criteria_set_title on criteria_set (title, status);

-- Bands of a POINTS rule: a total at or above lower_bound (inclusive) earns the label, the highest band first.
create table criteria_band (
    set_id      bigint        not null references criteria_set (id) on delete cascade,
    position    int           not null,
    label       text          not null,
    lower_bound numeric(7, 2) not null,
    primary key (set_id, position)
);

-- The tree: criteria (parent_id null) and their indicators, ordered by position. measure: POINTS (up to
-- max_points), PASS_FAIL (met or not) or THRESHOLD (a named figure compared with threshold).
create table criteria_node (
    id              bigserial primary key,
    set_id          bigint        not null references criteria_set (id) on delete cascade,
    parent_id       bigint references criteria_node (id) on delete cascade,
    position        int           not null,
    text            text          not null,
    measure         text          not null check (measure in ('POINTS', 'PASS_FAIL', 'THRESHOLD')),
    max_points      numeric(7, 2) check (max_points is null or max_points >= 0),
    min_points      numeric(7, 2),
    must_meet       boolean       not null default false,
    evidence        text,
    unesco          text,
    level           int check (level is null or level > 0),
    figure          text,
    comparison      text check (comparison is null or comparison in ('AT_LEAST', 'AT_MOST')),
    threshold       numeric(9, 2),
    to_be_completed boolean       not null default false
);
create index criteria_node_set on criteria_node (set_id, parent_id, position);
