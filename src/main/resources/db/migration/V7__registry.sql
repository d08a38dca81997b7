-- The registry: persons, households and their members, clans, organisations and their staff (ADR 0006).
-- Records point at administrative units by their surrogate id (geography's public views give names, codes and
-- scope paths). Dates are inclusive; a null end is open. Every table keeps a version for stale-form checks.
-- Names carry a folded copy for search without diacritics and a Vietnamese collation key (given name first)
-- computed by the application, so lists sort the Vietnamese way on any PostgreSQL, ICU or not.

-- One record per person, whatever lists they appear in. Erasure keeps the row (ids stay valid in the audit
-- log and in published counts) but clears everything that identifies the person.
create table reg_person (
    id           bigserial primary key,
    full_name    text,
    name_folded  text        not null default '',
    sort_key     bytea       not null default '\x'::bytea,
    birth_year   int         check (birth_year between 1880 and 2200),
    sex          text        check (sex in ('MALE', 'FEMALE')),
    phone        text,
    occupation   text,
    target_group text        check (target_group in ('FARMER', 'WORKER', 'OFFICIAL', 'OTHER')),
    school_level text        check (school_level in ('PRESCHOOL', 'PRIMARY', 'LOWER_SECONDARY', 'UPPER_SECONDARY',
                                                     'VOCATIONAL', 'HIGHER', 'CONTINUING')),
    erased_at    timestamptz,
    created_at   timestamptz not null default now(),
    version      int         not null default 0,
    check (erased_at is not null or full_name is not null)
);
create index reg_person_folded_trgm on reg_person using gin (name_folded gin_trgm_ops);

-- Clans (dòng họ) of a commune. Member households point at their clan.
create table reg_clan (
    id                   bigserial primary key,
    commune_id           bigint      not null,
    code                 text        not null,
    name                 text        not null,
    name_folded          text        not null,
    sort_key             bytea       not null,
    representative       text,
    representative_phone text,
    has_board            boolean     not null default false,
    since                date        not null,
    closed_on            date,
    created_at           timestamptz not null default now(),
    version              int         not null default 0,
    check (closed_on is null or closed_on >= since)
);
create unique index reg_clan_code on reg_clan (commune_id, code);
create index reg_clan_folded_trgm on reg_clan using gin (name_folded gin_trgm_ops);

-- Households (hộ gia đình): the code is unique within the village, as on the local lists. village_id is where
-- the household lives now (or lived last); reg_household_residence keeps where it lived when.
create table reg_household (
    id            bigserial primary key,
    village_id    bigint      not null,
    code          text        not null,
    head_name     text        not null default '',
    address       text,
    phone         text,
    clan_id       bigint      references reg_clan (id),
    since         date        not null,
    closed_on     date,
    search_folded text        not null default '',
    sort_key      bytea       not null default '\x'::bytea,
    created_at    timestamptz not null default now(),
    version       int         not null default 0,
    check (closed_on is null or closed_on >= since)
);
create unique index reg_household_code on reg_household (village_id, code);
create index reg_household_clan on reg_household (clan_id);
create index reg_household_search_trgm on reg_household using gin (search_folded gin_trgm_ops);
create index reg_household_sort on reg_household (village_id, sort_key);

create table reg_household_residence (
    household_id bigint not null references reg_household (id),
    village_id   bigint not null,
    valid_from   date   not null,
    valid_to     date,
    check (valid_to is null or valid_to >= valid_from),
    exclude using gist (household_id with =, daterange(valid_from, valid_to, '[]') with &&)
);
create index reg_household_residence_village on reg_household_residence (village_id);

-- Members of a household: the head is the member whose relation is HEAD.
create table reg_member (
    id           bigserial primary key,
    household_id bigint not null references reg_household (id),
    person_id    bigint not null references reg_person (id),
    relation     text   not null check (relation in ('HEAD', 'SPOUSE', 'CHILD', 'PARENT', 'GRANDCHILD',
                                                     'GRANDPARENT', 'SIBLING', 'CHILD_IN_LAW', 'OTHER')),
    position     int    not null default 0,
    joined_on    date   not null,
    left_on      date,
    check (left_on is null or left_on >= joined_on)
);
create unique index reg_member_person on reg_member (household_id, person_id);
create index reg_member_person_id on reg_member (person_id);

-- A household's consent to keep its data: when, by whom it was recorded and which text it agreed to.
create table reg_consent (
    id           bigserial primary key,
    household_id bigint      not null references reg_household (id),
    given_on     date        not null,
    text_version text        not null,
    recorded_by  bigint      not null,
    recorded_at  timestamptz not null default now(),
    withdrawn_on date
);
create index reg_consent_household on reg_consent (household_id);

-- Organisations (đơn vị): agencies, schools, enterprises, armed-forces units and others, by their address
-- commune (and village, when known). The code is unique within the commune.
create table reg_organisation (
    id             bigserial primary key,
    commune_id     bigint      not null,
    village_id     bigint,
    code           text        not null,
    name           text        not null,
    name_folded    text        not null,
    sort_key       bytea       not null,
    kind           text        not null check (kind in ('AGENCY', 'KINDERGARTEN', 'PRIMARY_SCHOOL',
                                    'LOWER_SECONDARY_SCHOOL', 'UPPER_SECONDARY_SCHOOL', 'MULTI_LEVEL_SCHOOL',
                                    'ENTERPRISE', 'ARMED_FORCES', 'OTHER')),
    managing_level text        not null check (managing_level in ('COMMUNE', 'PROVINCE', 'CENTRAL')),
    staff_count    int         check (staff_count >= 0),
    address        text,
    phone          text,
    since          date        not null,
    closed_on      date,
    created_at     timestamptz not null default now(),
    version        int         not null default 0,
    check (closed_on is null or closed_on >= since)
);
create unique index reg_organisation_code on reg_organisation (commune_id, code);
create index reg_organisation_folded_trgm on reg_organisation using gin (name_folded gin_trgm_ops);

-- Staff of an organisation: the people who may register as Công dân học tập through their unit.
create table reg_staff (
    id              bigserial primary key,
    organisation_id bigint not null references reg_organisation (id),
    person_id       bigint not null references reg_person (id),
    position        text,
    joined_on       date   not null,
    left_on         date,
    check (left_on is null or left_on >= joined_on)
);
create unique index reg_staff_person on reg_staff (organisation_id, person_id);
create index reg_staff_person_id on reg_staff (person_id);

-- The denominators of every rate, published for the statistics module. A record counts in a year when it
-- existed on the reference day of that year: 31 December, or today for the current year (ADR 0006). So a
-- household that moved counts once, in the village it lived in at the end of the year.
create view registry_years as
select year::int, least(make_date(year::int, 12, 31), current_date) as reference_day
from generate_series(2000, extract(year from current_date)::int) as year;

create view registry_household_count_by_year as
select y.year, r.village_id, count(*) as households
from registry_years y
join reg_household_residence r
  on r.valid_from <= y.reference_day and (r.valid_to is null or r.valid_to >= y.reference_day)
group by y.year, r.village_id;

create view registry_clan_count_by_year as
select y.year, c.commune_id, count(*) as clans, count(*) filter (where c.has_board) as clans_with_board
from registry_years y
join reg_clan c on c.since <= y.reference_day and (c.closed_on is null or c.closed_on >= y.reference_day)
group by y.year, c.commune_id;

create view registry_organisation_count_by_year as
select y.year, o.commune_id, o.kind, o.managing_level, count(*) as organisations
from registry_years y
join reg_organisation o on o.since <= y.reference_day and (o.closed_on is null or o.closed_on >= y.reference_day)
group by y.year, o.commune_id, o.kind, o.managing_level;

-- Citizens: adults (18 or older in the year) who are members of a household, by village, and staff of an
-- organisation, by commune; both by target group (null when not recorded).
create view registry_citizen_count_by_year as
select y.year, 'HOUSEHOLD' as source, r.village_id as unit_id, p.target_group, count(*) as citizens
from registry_years y
join reg_household_residence r
  on r.valid_from <= y.reference_day and (r.valid_to is null or r.valid_to >= y.reference_day)
join reg_member m on m.household_id = r.household_id
  and m.joined_on <= y.reference_day and (m.left_on is null or m.left_on >= y.reference_day)
join reg_person p on p.id = m.person_id and p.birth_year is not null and y.year - p.birth_year >= 18
group by y.year, r.village_id, p.target_group
union all
select y.year, 'ORGANISATION', o.commune_id, p.target_group, count(*)
from registry_years y
join reg_staff s on s.joined_on <= y.reference_day and (s.left_on is null or s.left_on >= y.reference_day)
join reg_organisation o on o.id = s.organisation_id
join reg_person p on p.id = s.person_id
group by y.year, o.commune_id, p.target_group;
