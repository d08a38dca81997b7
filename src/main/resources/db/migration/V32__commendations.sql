-- Commendations (khen thưởng, ADR 0015): awards to collectives and individuals, and proposals from a lower level
-- to a higher one whose accepted items become commendations.

-- Published for the association (as V23 published association_unit): its branches, with the unit they lie in.
create view association_branch as
select b.id as branch_id, b.assoc_unit_id, b.village_id, b.organisation_id, b.area_id, b.name, b.since, b.closed_on
from assoc_branch b;

-- Every recipient a commendation can name, through the views their owners publish: its name (null once a person
-- is erased) and the unit it lies in (null for a person in no household and on no staff). Internal.
create view commendation_recipient as
select 'HOUSEHOLD' as kind, s.id, s.name, s.unit_id from registry_subject s where s.kind = 'household'
union all
select 'CLAN', c.clan_id, c.name, c.commune_id from registry_clan_name c
union all
select 'ORGANISATION', o.organisation_id, o.name, o.commune_id from registry_organisation_name o
union all
select 'VILLAGE', g.unit_id, g.name, g.unit_id from geography_unit_current g where g.kind = 'VILLAGE'
union all
select 'BRANCH', b.branch_id, b.name, b.area_id from association_branch b
union all
select 'PERSON', p.person_id, p.full_name,
       (select m.village_id from registry_household_member m where m.person_id = p.person_id
        order by m.left_on is null desc, m.joined_on desc limit 1)
from registry_person_name p;

-- A proposal (tờ trình đề nghị khen thưởng) sent by a unit to a unit above it; decided once, as a whole.
create table commendation_proposal (
    id              bigserial primary key,
    year            int    not null check (year between 1990 and 2100),
    from_unit_id    bigint not null,
    to_unit_id      bigint not null,
    number          text,
    sent_on         date   not null,
    sent_by         bigint,
    decided_on      date,
    decided_by      bigint,
    issuing_body    text,
    decision_number text,
    decision_date   date,
    check (from_unit_id <> to_unit_id),
    check ((decided_on is null) = (decision_number is null))
);
create index commendation_proposal_from on commendation_proposal (from_unit_id, year);
create index commendation_proposal_to on commendation_proposal (to_unit_id, year);

create table commendation_item (
    id               bigserial primary key,
    proposal_id      bigint not null references commendation_proposal (id),
    position         int    not null,
    kind             text   not null check (kind in ('GIAY_KHEN', 'BANG_KHEN', 'KY_NIEM_CHUONG', 'CO_THI_DUA')),
    recipient_kind   text   not null
        check (recipient_kind in ('HOUSEHOLD', 'CLAN', 'VILLAGE', 'ORGANISATION', 'BRANCH', 'PERSON')),
    recipient_id     bigint not null,
    reason           text   not null,
    outcome          text   check (outcome in ('ACCEPTED', 'REJECTED')),
    rejection_reason text,
    check ((outcome = 'REJECTED') = (rejection_reason is not null)),
    unique (proposal_id, position)
);

-- area_unit_id: the unit whose lists count the commendation (the proposing unit, or the one the officer chose).
create table commendation (
    id              bigserial primary key,
    kind            text   not null check (kind in ('GIAY_KHEN', 'BANG_KHEN', 'KY_NIEM_CHUONG', 'CO_THI_DUA')),
    recipient_kind  text   not null
        check (recipient_kind in ('HOUSEHOLD', 'CLAN', 'VILLAGE', 'ORGANISATION', 'BRANCH', 'PERSON')),
    recipient_id    bigint not null,
    area_unit_id    bigint not null,
    year            int    not null check (year between 1990 and 2100),
    issuing_body    text   not null,
    decision_number text   not null,
    decision_date   date   not null,
    reason          text   not null,
    item_id         bigint unique references commendation_item (id),
    recorded_by     bigint,
    recorded_at     timestamptz not null default now()
);
create index commendation_area_year on commendation (area_unit_id, year);
create index commendation_recipient_idx on commendation (recipient_kind, recipient_id);

-- Published for statistics: commendations per area unit, year, kind and collective or individual.
create view commendation_count_by_year as
select area_unit_id, year, kind, recipient_kind <> 'PERSON' as collective, count(*) as commendations
from commendation
group by area_unit_id, year, kind, recipient_kind <> 'PERSON';
