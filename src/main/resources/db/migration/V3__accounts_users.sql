-- Users, their role and their area. The area is a plain unit id (accounts reads geography only through its
-- public views); an organisation or a person scope comes with the registry and is kept as a plain id too.
create table app_user (
    id                   bigserial primary key,
    username             text        not null,
    display_name         text        not null,
    password_hash        text        not null,
    role                 text        not null check (role in ('ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER',
                                                              'BRANCH_OFFICER', 'UNIT_OFFICER', 'CITIZEN', 'VIEWER')),
    unit_id              bigint,
    organisation_id      bigint,
    person_id            bigint,
    enabled              boolean     not null default true,
    must_change_password boolean     not null default false,
    failed_logins        int         not null default 0,
    locked_until         timestamptz,
    created_at           timestamptz not null default now(),
    created_by           bigint references app_user (id),
    version              int         not null default 0,
    check (role = 'ADMIN' or unit_id is not null)
);
create unique index app_user_username on app_user (lower(username));
create index app_user_unit on app_user (unit_id);
