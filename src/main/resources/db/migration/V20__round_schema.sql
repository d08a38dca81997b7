-- The yearly round (đợt): approval chains, rounds, registrations, score sheets, reviews, proposals, decisions and
-- recognitions (ADR 0010). Every changeable row carries a version for optimistic locking.

-- Who does each step of a title's chain: the lowest level that may do it (SELF = the subject's own officer or
-- the citizen; VILLAGE = branch officer; COMMUNE; PROVINCE; NATIONAL = administrators). province_id null is the
-- national default; a province's own row overrides it.
create table round_chain_step (
    id          bigserial primary key,
    title       text   not null,
    province_id bigint,
    step        text   not null check (step in ('REGISTER', 'SCORE', 'REVIEW', 'PROPOSE', 'RECOGNISE')),
    level       text   not null check (level in ('SELF', 'VILLAGE', 'COMMUNE', 'PROVINCE', 'NATIONAL')),
    version     int    not null default 0
);
create unique index round_chain_step_key on round_chain_step (title, coalesce(province_id, 0), step);

-- The usual flows of DOMAIN.md after 1 July 2025: no district level.
insert into round_chain_step (title, step, level)
select title, step, level
from (values
    ('GIA_DINH', 'REGISTER', 'VILLAGE'), ('GIA_DINH', 'SCORE', 'VILLAGE'), ('GIA_DINH', 'REVIEW', 'VILLAGE'),
    ('GIA_DINH', 'PROPOSE', 'COMMUNE'), ('GIA_DINH', 'RECOGNISE', 'COMMUNE'),
    ('DONG_HO', 'REGISTER', 'COMMUNE'), ('DONG_HO', 'SCORE', 'COMMUNE'), ('DONG_HO', 'REVIEW', 'COMMUNE'),
    ('DONG_HO', 'PROPOSE', 'COMMUNE'), ('DONG_HO', 'RECOGNISE', 'COMMUNE'),
    ('CONG_DONG_THON', 'REGISTER', 'VILLAGE'), ('CONG_DONG_THON', 'SCORE', 'VILLAGE'),
    ('CONG_DONG_THON', 'REVIEW', 'COMMUNE'), ('CONG_DONG_THON', 'PROPOSE', 'COMMUNE'),
    ('CONG_DONG_THON', 'RECOGNISE', 'COMMUNE'),
    ('DON_VI_XA', 'REGISTER', 'SELF'), ('DON_VI_XA', 'SCORE', 'SELF'), ('DON_VI_XA', 'REVIEW', 'COMMUNE'),
    ('DON_VI_XA', 'PROPOSE', 'COMMUNE'), ('DON_VI_XA', 'RECOGNISE', 'COMMUNE'),
    ('DON_VI_HUYEN_TINH', 'REGISTER', 'SELF'), ('DON_VI_HUYEN_TINH', 'SCORE', 'SELF'),
    ('DON_VI_HUYEN_TINH', 'REVIEW', 'PROVINCE'), ('DON_VI_HUYEN_TINH', 'PROPOSE', 'PROVINCE'),
    ('DON_VI_HUYEN_TINH', 'RECOGNISE', 'PROVINCE'),
    ('CONG_DAN', 'REGISTER', 'SELF'), ('CONG_DAN', 'SCORE', 'SELF'), ('CONG_DAN', 'REVIEW', 'VILLAGE'),
    ('CONG_DAN', 'PROPOSE', 'COMMUNE'), ('CONG_DAN', 'RECOGNISE', 'COMMUNE'),
    ('CONG_DONG_XA', 'REGISTER', 'COMMUNE'), ('CONG_DONG_XA', 'SCORE', 'COMMUNE'),
    ('CONG_DONG_XA', 'REVIEW', 'PROVINCE'), ('CONG_DONG_XA', 'PROPOSE', 'PROVINCE'),
    ('CONG_DONG_XA', 'RECOGNISE', 'PROVINCE'),
    ('CONG_DONG_TINH', 'REGISTER', 'PROVINCE'), ('CONG_DONG_TINH', 'SCORE', 'PROVINCE'),
    ('CONG_DONG_TINH', 'REVIEW', 'NATIONAL'), ('CONG_DONG_TINH', 'PROPOSE', 'NATIONAL'),
    ('CONG_DONG_TINH', 'RECOGNISE', 'NATIONAL')
) as s(title, step, level);

-- A round: one title, one year, one area (a commune, or a province for province-level titles). A historical round
-- records past decisions with a set that is not complete enough to score a current round.
create table round (
    id                   bigserial primary key,
    year                 int         not null check (year between 2000 and 2200),
    title                text        not null,
    area_unit_id         bigint      not null,
    province_id          bigint,
    name                 text        not null,
    criteria_set_id      bigint      not null,
    historical           boolean     not null default false,
    pilot                boolean     not null default false,
    registration_until   date,
    self_assessment_until date,
    review_until         date,
    decision_until       date,
    status               text        not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
    opened_by            bigint,
    opened_at            timestamptz not null default now(),
    version              int         not null default 0
);
create unique index round_key on round (area_unit_id, title, year);
create index round_year on round (year);

-- The units a pilot round covers (thí điểm): only subjects in them may register.
create table round_pilot_unit (
    round_id bigint not null references round (id),
    unit_id  bigint not null,
    primary key (round_id, unit_id)
);

-- One registration per subject, title and year, whatever round it is in.
create table round_registration (
    id              bigserial primary key,
    round_id        bigint      not null references round (id),
    subject_kind    text        not null check (subject_kind in ('household', 'clan', 'village', 'organisation',
                                                                 'commune', 'province', 'person')),
    subject_id      bigint      not null,
    subject_unit_id bigint      not null,
    title           text        not null,
    year            int         not null,
    status          text        not null default 'REGISTERED'
                    check (status in ('REGISTERED', 'SELF_ASSESSED', 'ACCEPTED', 'RETURNED', 'REJECTED',
                                      'PROPOSED', 'RECOGNISED', 'NOT_RECOGNISED', 'REVOKED')),
    review_comment  text,
    registered_by   bigint,
    registered_at   timestamptz not null default now(),
    reviewed_by     bigint,
    reviewed_at     timestamptz,
    version         int         not null default 0
);
create unique index round_registration_key on round_registration (subject_kind, subject_id, title, year);
create index round_registration_round on round_registration (round_id, status);
create index round_registration_unit on round_registration (subject_unit_id);

-- Score sheets: the self-assessment (SELF) and the reviewer's (REVIEW) kept apart; the result is computed by
-- the criteria set's rule and stored beside the scores only so that lists need not rescore.
create table round_sheet (
    id              bigserial primary key,
    registration_id bigint      not null references round_registration (id),
    kind            text        not null check (kind in ('SELF', 'REVIEW')),
    points          jsonb       not null default '{}',
    met             jsonb       not null default '{}',
    figures         jsonb       not null default '{}',
    notes           jsonb       not null default '{}',
    achieved        boolean     not null,
    band            text,
    level           int,
    total           numeric(8, 2),
    maximum         numeric(8, 2),
    saved_by        bigint,
    saved_at        timestamptz not null default now(),
    version         int         not null default 0,
    unique (registration_id, kind)
);

-- A proposal: the list the proposing level sends to the recognising level in one step.
create table round_proposal (
    id               bigserial primary key,
    round_id         bigint      not null references round (id),
    subject_count    int         not null,
    registered_count int         not null,
    status           text        not null default 'SENT' check (status in ('SENT', 'DECIDED')),
    proposed_by      bigint,
    proposed_at      timestamptz not null default now(),
    version          int         not null default 0
);
create table round_proposal_item (
    proposal_id     bigint not null references round_proposal (id),
    registration_id bigint not null references round_registration (id),
    primary key (proposal_id, registration_id)
);
create index round_proposal_item_registration on round_proposal_item (registration_id);

-- A decision (quyết định) as the documents need it: number, date, signer and title, issuing body. RECOGNISE
-- decides over a proposal; REVOKE names the recognitions it ends.
create table round_decision (
    id            bigserial primary key,
    round_id      bigint      not null references round (id),
    proposal_id   bigint      references round_proposal (id),
    kind          text        not null check (kind in ('RECOGNISE', 'REVOKE')),
    number        text        not null,
    signed_on     date        not null,
    signer_name   text        not null,
    signer_title  text        not null,
    issuing_body  text        not null,
    reason        text,
    recorded_by   bigint,
    recorded_at   timestamptz not null default now(),
    version       int         not null default 0
);
create unique index round_decision_number on round_decision (issuing_body, number, extract(year from signed_on));

-- One recognition per recognised registration, with its register number (số vào sổ) and validity.
create table round_recognition (
    id              bigserial primary key,
    decision_id     bigint not null references round_decision (id),
    registration_id bigint not null unique references round_registration (id),
    subject_kind    text   not null,
    subject_id      bigint not null,
    title           text   not null,
    year            int    not null,
    register_number text   not null,
    valid_from      date   not null,
    valid_until     date   not null,
    revoked_by      bigint references round_decision (id),
    version         int    not null default 0,
    unique (decision_id, register_number)
);
create index round_recognition_subject on round_recognition (subject_kind, subject_id);

-- A subject's timeline: each step taken on a registration, with who (their name as shown then) and when. Bulk
-- steps write their rows in one statement.
create table round_event (
    id              bigserial primary key,
    registration_id bigint      not null references round_registration (id),
    step            text        not null,
    actor_id        bigint,
    actor_name      text        not null,
    at              timestamptz not null default now(),
    note            text
);
create index round_event_registration on round_event (registration_id, at);
