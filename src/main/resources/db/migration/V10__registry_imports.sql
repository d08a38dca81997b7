-- Excel/CSV imports of the registry (households with members, clans, organisations). An upload is read and
-- checked in the background; its preview (counts and problems) lives here, so any instance of the app can show
-- it and commit it. The checked rows wait in UNLOGGED staging tables (cheap to write, nothing to replay after a
-- crash: a commit that finds its staged rows gone asks for the file again) until the user commits or the
-- preview expires (a day).
create table reg_import (
    id            bigserial primary key,
    kind          text        not null check (kind in ('HOUSEHOLDS', 'CLANS', 'ORGANISATIONS', 'CITIZENS')),
    file_name     text        not null,
    user_id       bigint      not null,
    status        text        not null check (status in ('READING', 'READY', 'REFUSED', 'COMMITTING', 'COMMITTED',
                                                         'FAILED')),
    phase         text        not null,
    rows_read     int         not null default 0,
    counts        jsonb       not null default '{}',
    problems      jsonb       not null default '[]',
    problem_count int         not null default 0,
    error_key     text,
    error_args    jsonb       not null default '[]',
    created_at    timestamptz not null default now(),
    committed_at  timestamptz
);
create index reg_import_user on reg_import (user_id, created_at desc);

create unlogged table reg_import_household (
    import_id     bigint  not null,
    household_id  bigint  not null,
    is_new        boolean not null,
    changed       boolean not null,
    version       int,
    village_id    bigint  not null,
    code          text    not null,
    head_name     text    not null,
    address       text,
    phone         text,
    clan_id       bigint,
    since         date    not null,
    search_folded text    not null,
    sort_key      bytea   not null
);
create index reg_import_household_import on reg_import_household (import_id);

create unlogged table reg_import_member (
    import_id    bigint  not null,
    household_id bigint  not null,
    person_id    bigint  not null,
    is_new       boolean not null,
    changed      boolean not null,
    full_name    text    not null,
    name_folded  text    not null,
    sort_key     bytea   not null,
    birth_year   int,
    sex          text,
    occupation   text,
    target_group text,
    school_level text,
    relation     text    not null,
    position     int     not null,
    joined_on    date    not null
);
create index reg_import_member_import on reg_import_member (import_id);

create unlogged table reg_import_clan (
    import_id            bigint  not null,
    clan_id              bigint  not null,
    is_new               boolean not null,
    changed              boolean not null,
    commune_id           bigint  not null,
    code                 text    not null,
    name                 text    not null,
    name_folded          text    not null,
    sort_key             bytea   not null,
    representative       text,
    representative_phone text,
    has_board            boolean not null,
    since                date    not null
);
create index reg_import_clan_import on reg_import_clan (import_id);

create unlogged table reg_import_organisation (
    import_id       bigint  not null,
    organisation_id bigint  not null,
    is_new          boolean not null,
    changed         boolean not null,
    commune_id      bigint  not null,
    code            text    not null,
    name            text    not null,
    name_folded     text    not null,
    sort_key        bytea   not null,
    kind            text    not null,
    managing_level  text    not null,
    staff_count     int,
    address         text,
    phone           text,
    since           date    not null
);
create index reg_import_organisation_import on reg_import_organisation (import_id);

-- Citizens: a person at an organisation (staff) or in a household (member); unit_id is the commune or village
-- the guard checked.
create unlogged table reg_import_citizen (
    import_id       bigint  not null,
    person_id       bigint  not null,
    is_new          boolean not null,
    changed         boolean not null,
    organisation_id bigint,
    household_id    bigint,
    unit_id         bigint  not null,
    full_name       text    not null,
    name_folded     text    not null,
    sort_key        bytea   not null,
    birth_year      int,
    sex             text,
    target_group    text,
    position        text
);
create index reg_import_citizen_import on reg_import_citizen (import_id);
