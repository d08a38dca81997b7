-- The study-promotion association (ADR 0009): association units tied to geography units for a dated period,
-- branches (chi hội) in villages and organisations, boards (ban khuyến học) in clans and organisations,
-- officers with their terms, members with their branch history and dues, the dated membership-status rules and
-- the population per area and year that members are compared with.

-- It reads registry and geography through the views they publish (V15_1).

create table assoc_unit (
    id          bigserial primary key,
    geo_unit_id bigint not null,
    level       text   not null check (level in ('PROVINCE', 'DISTRICT', 'COMMUNE')),
    name        text   not null,
    valid_from  date   not null,
    valid_to    date,
    version     int    not null default 0,
    check (valid_to is null or valid_to >= valid_from),
    -- one association per unit at a time
    exclude using gist (geo_unit_id with =, daterange(valid_from, valid_to, '[]') with &&)
);

-- An association closed by a merger points at the one that carries on.
create table assoc_unit_lineage (
    predecessor_id bigint not null references assoc_unit (id),
    successor_id   bigint not null references assoc_unit (id),
    effective_date date   not null,
    primary key (predecessor_id, successor_id),
    check (predecessor_id <> successor_id)
);
create index assoc_unit_lineage_successor on assoc_unit_lineage (successor_id);

-- area_id: the village of a village branch, the commune of an organisation's; what scope and figures go by.
create table assoc_branch (
    id              bigserial primary key,
    assoc_unit_id   bigint not null references assoc_unit (id),
    village_id      bigint,
    organisation_id bigint,
    area_id         bigint not null,
    name            text   not null,
    name_folded     text   not null,
    since           date   not null,
    closed_on       date,
    version         int    not null default 0,
    check ((village_id is null) <> (organisation_id is null)),
    check (closed_on is null or closed_on >= since)
);
create index assoc_branch_unit on assoc_branch (assoc_unit_id);
create index assoc_branch_area on assoc_branch (area_id);

create table assoc_board (
    id              bigserial primary key,
    assoc_unit_id   bigint not null references assoc_unit (id),
    clan_id         bigint,
    organisation_id bigint,
    commune_id      bigint not null,
    name            text   not null,
    since           date   not null,
    closed_on       date,
    check ((clan_id is null) <> (organisation_id is null)),
    check (closed_on is null or closed_on >= since)
);
create index assoc_board_commune on assoc_board (commune_id);

create table assoc_officer (
    id          bigserial primary key,
    holder_kind text   not null check (holder_kind in ('UNIT', 'BRANCH', 'BOARD')),
    holder_id   bigint not null,
    person_id   bigint not null,
    position    text   not null check (position in ('CHAIR', 'VICE_CHAIR', 'SECRETARY', 'HEAD', 'DEPUTY', 'MEMBER')),
    term_from   date   not null,
    term_to     date,
    check (term_to is null or term_to >= term_from)
);
create index assoc_officer_holder on assoc_officer (holder_kind, holder_id);

-- A membership of one person in one association; the card number is unique within it. left_on is the first
-- day the person is no longer a member.
create table assoc_member (
    id            bigserial primary key,
    assoc_unit_id bigint not null references assoc_unit (id),
    person_id     bigint not null,
    card_number   text   not null,
    joined_on     date   not null,
    left_on       date,
    version       int    not null default 0,
    unique (assoc_unit_id, card_number),
    check (left_on is null or left_on > joined_on)
);
create unique index assoc_member_one_open on assoc_member (person_id) where left_on is null;

-- Which branch a member belonged to, day by day: a transfer closes one row and opens the next.
create table assoc_member_branch (
    member_id  bigint not null references assoc_member (id),
    branch_id  bigint not null references assoc_branch (id),
    valid_from date   not null,
    valid_to   date,
    check (valid_to is null or valid_to >= valid_from),
    exclude using gist (member_id with =, daterange(valid_from, valid_to, '[]') with &&)
);
create index assoc_member_branch_branch on assoc_member_branch (branch_id);

create table assoc_dues (
    id        bigserial primary key,
    member_id bigint not null references assoc_member (id),
    paid_on   date   not null,
    amount    bigint check (amount >= 0)
);
create index assoc_dues_member on assoc_dues (member_id, paid_on);

-- The dated rule that turns a member lapsed: no dues for more than lapse_after_months months (null: never
-- lapses). Rule versions cover the whole timeline without gaps (checked by MembershipRules) or overlaps.
create table assoc_status_rule (
    id                 bigserial primary key,
    valid_from         date,
    valid_to           date,
    lapse_after_months int check (lapse_after_months > 0),
    note               text,
    check (valid_from is null or valid_to is null or valid_to >= valid_from),
    exclude using gist (daterange(valid_from, valid_to, '[]') with &&)
);
insert into assoc_status_rule (valid_from, valid_to, lapse_after_months, note) values
    (null, '2019-12-31', null, 'Trước 2020: hội viên không bị coi là không sinh hoạt vì chưa đóng hội phí'),
    ('2020-01-01', '2025-12-31', 12, 'Quá 12 tháng chưa đóng hội phí'),
    ('2026-01-01', null, 6, 'Quá 6 tháng chưa đóng hội phí');

create table assoc_population (
    unit_id     bigint not null,
    year        int    not null check (year between 1900 and 2200),
    population  bigint not null check (population > 0),
    recorded_by bigint,
    recorded_at timestamptz not null default now(),
    primary key (unit_id, year)
);

-- An uploaded member list kept between its preview and its commit, so that both read the same bytes.
create table assoc_import (
    id            bigserial primary key,
    assoc_unit_id bigint      not null references assoc_unit (id),
    user_id       bigint      not null,
    file_name     text        not null,
    content       bytea       not null,
    created_at    timestamptz not null default now(),
    committed_at  timestamptz
);
