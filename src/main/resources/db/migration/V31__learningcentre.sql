-- Community learning centres (TTHTCĐ, ADR 0014): one centre per commune for a dated period, merged along
-- geography's lineage like the association (ADR 0009); activities, learner visits entered per year, and the
-- annual rating (scored with a criteria set where the province has one, recorded directly otherwise).

-- valid_to: the centre's last day (set when its commune merged); founded_on is the founding day as the
-- centre's records give it, which may precede valid_from for a centre that continues another.
create table lc_centre (
    id                 bigserial primary key,
    commune_id         bigint not null,
    name               text   not null,
    founded_on         date,
    valid_from         date   not null,
    valid_to           date,
    director_person_id bigint,
    director_name      text,
    version            int    not null default 0,
    check (valid_to is null or valid_to >= valid_from),
    exclude using gist (commune_id with =, daterange(valid_from, valid_to, '[]') with &&)
);

-- A centre closed by a merger points at the one that carries on.
create table lc_centre_lineage (
    predecessor_id bigint not null references lc_centre (id),
    successor_id   bigint not null references lc_centre (id),
    effective_date date   not null,
    primary key (predecessor_id, successor_id)
);

-- kind: a class (lớp học) or a topic session (chuyên đề); topic: what it teaches.
create table lc_activity (
    id           bigserial primary key,
    centre_id    bigint not null references lc_centre (id),
    kind         text   not null check (kind in ('CLASS', 'TOPIC')),
    topic        text   not null check (topic in ('LITERACY', 'LAW', 'AGRICULTURE', 'IT', 'CULTURE', 'HEALTH',
                                                  'FOREIGN_LANGUAGE', 'OTHER')),
    title        text   not null,
    starts_on    date   not null,
    ends_on      date,
    year         int    generated always as (extract(year from starts_on)::int) stored,
    participants int    not null check (participants >= 0),
    recorded_by  bigint,
    recorded_at  timestamptz not null default now(),
    check (ends_on is null or ends_on >= starts_on)
);
create index lc_activity_centre_year on lc_activity (centre_id, year);

-- Learner visits (lượt người) of a year as the centre reports them; without a row, the year's participants
-- of the activities are the figure.
create table lc_visits (
    centre_id bigint not null references lc_centre (id),
    year      int    not null,
    visits    int    not null check (visits >= 0),
    primary key (centre_id, year)
);

-- criteria_set_id, total and scores: present when the rating was scored with a set (scores: the sheet).
create table lc_rating (
    id              bigserial primary key,
    centre_id       bigint not null references lc_centre (id),
    year            int    not null,
    rating          text   not null check (rating in ('GOOD', 'FAIR', 'AVERAGE', 'WEAK')),
    criteria_set_id bigint,
    total           numeric,
    scores          jsonb,
    recorded_by     bigint,
    recorded_at     timestamptz not null default now(),
    unique (centre_id, year)
);

-- Published for statistics: per commune unit (the centre's, as recorded) and year, the centres open on the
-- year's reference day, the ratings of the year by band, the classes and activities started in the year and
-- the learner visits (entered, else summed from the activities' participants). Sum under an area's paths.
create view learningcentre_figures_by_year as
select y.year, c.commune_id as unit_id,
       count(*) filter (where c.valid_to is null or c.valid_to >= y.reference_day)  as centres,
       count(r.id)                                                               as rated,
       count(r.id) filter (where r.rating = 'GOOD')                              as rated_good,
       count(r.id) filter (where r.rating = 'FAIR')                              as rated_fair,
       count(r.id) filter (where r.rating = 'AVERAGE')                           as rated_average,
       count(r.id) filter (where r.rating = 'WEAK')                              as rated_weak,
       coalesce(sum(a.classes), 0)                                               as classes,
       coalesce(sum(a.activities), 0)                                            as activities,
       coalesce(sum(coalesce(v.visits, a.participants)), 0)                      as learner_visits
from registry_years y
join lc_centre c on c.valid_from <= y.reference_day and (c.valid_to is null or c.valid_to >= make_date(y.year, 1, 1))
left join lc_rating r on r.centre_id = c.id and r.year = y.year
left join lc_visits v on v.centre_id = c.id and v.year = y.year
left join lateral (select count(*) filter (where x.kind = 'CLASS') as classes, count(*) as activities,
                          sum(x.participants) as participants
                   from lc_activity x where x.centre_id = c.id and x.year = y.year) a on true
group by y.year, c.commune_id;
