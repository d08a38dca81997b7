-- Issue 5, second part: Excel score sheets held for their preview, the steering committee's assignments, and the
-- reminders recorded as a round's deadlines near.

-- An uploaded score workbook between its preview and its commit: the lines read (with the result each would get)
-- and every problem found. Only a READY upload is committed, once (version-checked).
create table round_sheet_upload (
    id           bigserial primary key,
    round_id     bigint      not null references round (id),
    kind         text        not null check (kind in ('SELF', 'REVIEW')),
    status       text        not null check (status in ('READY', 'REFUSED', 'COMMITTED')),
    lines        jsonb       not null default '[]',
    problems     jsonb       not null default '[]',
    uploaded_by  bigint      not null,
    uploaded_at  timestamptz not null default now(),
    committed_at timestamptz,
    version      int         not null default 0
);
create index round_sheet_upload_round on round_sheet_upload (round_id);

-- The steering committee (ban chỉ đạo) of a commune or province assessing itself: members are accounts of the area
-- (by user name) or named people without an account, for whom an officer records.
create table round_committee_member (
    id              bigserial primary key,
    registration_id bigint      not null references round_registration (id),
    name            text        not null,
    username        text,
    position        text,
    added_by        bigint,
    added_at        timestamptz not null default now()
);
create index round_committee_member_registration on round_committee_member (registration_id);
create index round_committee_member_username on round_committee_member (username);

-- One member gathers the evidence of one indicator of the self-assessment; recorded_at is set once they have.
create table round_assignment (
    registration_id bigint      not null references round_registration (id),
    node_code       text        not null,
    member_id       bigint      not null references round_committee_member (id),
    evidence        text,
    recorded_by     bigint,
    recorded_at     timestamptz,
    version         int         not null default 0,
    primary key (registration_id, node_code)
);
create index round_assignment_member on round_assignment (member_id);

-- A reminder recorded by the daily job when a round's deadline is that many days away; one per deadline and day.
create table round_reminder (
    id          bigserial primary key,
    round_id    bigint      not null references round (id),
    step        text        not null,
    deadline    date        not null,
    days_before int         not null,
    recorded_at timestamptz not null default now(),
    unique (round_id, step, deadline, days_before)
);
