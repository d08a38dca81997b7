-- The year-on-year jump (percentage points) a province or commune accepts before its findings flag a rate
-- (ADR 0020); the nearest setting up an area's path on today's map applies, else 20 points.
create table stat_jump_threshold (
    unit_id bigint        primary key,
    points  numeric(5, 2) not null check (points > 0 and points <= 100),
    set_by  bigint,
    set_at  timestamptz   not null default now(),
    version int           not null default 0
);
