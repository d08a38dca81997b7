-- The study-promotion fund (ADR 0012): one fund per association unit, an append-only ledger of whole-đồng
-- entries (donations in, payments out), corrections as reversing entries, and books closed year by year.

-- Published by the association for other modules: its units and the geography unit each belongs to.
create view association_unit as
select u.id as assoc_unit_id, u.geo_unit_id, u.level, u.name, u.valid_from, u.valid_to from assoc_unit u;

-- closed_through: the last calendar year whose books are closed; every year up to it refuses entries.
create table fund (
    id              bigserial primary key,
    assoc_unit_id   bigint not null unique,
    geo_unit_id     bigint not null,
    name            text   not null,
    opened_on       date   not null,
    opening_balance bigint not null check (opening_balance >= 0),
    closed_through  int
);

-- amount: whole đồng, positive, except for a reversal, which carries the negated amount of the entry it
-- corrects (same kind), so that sums by kind are net of corrections. Donor / beneficiary: a registry person,
-- an organisation or a free-text name (a school outside the registry, "Nhà hảo tâm").
create table fund_entry (
    id              bigserial primary key,
    fund_id         bigint  not null references fund (id),
    kind            text    not null check (kind in ('DONATION', 'SCHOLARSHIP', 'STUDENT_AWARD', 'TEACHER_AWARD',
                                                      'POOR_STUDENT_AID', 'SCHOOL_SUPPORT', 'OPERATING')),
    in_kind         boolean not null default false,
    goods           text,
    amount          bigint  not null,
    entry_date      date    not null,
    entry_year      int     not null generated always as (extract(year from entry_date)::int) stored,
    receipt_number  text    not null,
    person_id       bigint,
    organisation_id bigint,
    party_name      text,
    reason          text,
    note            text,
    corrects_id     bigint references fund_entry (id),
    reversal        boolean not null default false,
    recorded_at     timestamptz not null default now(),
    recorded_by     bigint,
    check (num_nonnulls(person_id, organisation_id, party_name) <= 1),
    check (case when reversal then amount < 0 and corrects_id is not null else amount > 0 end),
    check (not in_kind or goods is not null)
);
create unique index fund_entry_receipt on fund_entry (fund_id, entry_year, receipt_number);
-- an entry is reversed at most once
create unique index fund_entry_one_reversal on fund_entry (corrects_id) where reversal;
create index fund_entry_fund_date on fund_entry (fund_id, entry_date);
create index fund_entry_person on fund_entry (person_id) where person_id is not null;

-- Entries are never changed nor deleted; an entry dated in a closed year or before the fund opened is refused.
create function fund_entry_guard() returns trigger language plpgsql as $$
declare
    f fund;
begin
    if tg_op <> 'INSERT' then
        raise exception 'fund_entry is append-only' using errcode = 'check_violation';
    end if;
    select * into f from fund where id = new.fund_id;
    if f.closed_through is not null and extract(year from new.entry_date) <= f.closed_through then
        raise exception 'fund % is closed through %', f.id, f.closed_through using errcode = 'check_violation';
    end if;
    if new.entry_date < f.opened_on then
        raise exception 'fund % opened on %', f.id, f.opened_on using errcode = 'check_violation';
    end if;
    return new;
end $$;
create trigger fund_entry_append_only before insert or update or delete on fund_entry
    for each row execute function fund_entry_guard();
create trigger fund_entry_no_truncate before truncate on fund_entry
    for each statement execute function fund_entry_guard();

-- Closing is for good: closed_through only moves forward, and the opening never changes once entries exist.
create function fund_closing_guard() returns trigger language plpgsql as $$
begin
    if old.closed_through is not null and (new.closed_through is null or new.closed_through < old.closed_through) then
        raise exception 'fund % is closed through %', old.id, old.closed_through using errcode = 'check_violation';
    end if;
    if (new.opening_balance, new.opened_on) is distinct from (old.opening_balance, old.opened_on) then
        raise exception 'the opening of fund % is fixed', old.id using errcode = 'check_violation';
    end if;
    return new;
end $$;
create trigger fund_closing_forward before update on fund
    for each row execute function fund_closing_guard();

-- Published for the statistics dashboard: raised, spent and people supported per fund's area and year.
create view fund_figures_by_year as
select f.geo_unit_id, e.entry_year as year,
       coalesce(sum(e.amount) filter (where e.kind = 'DONATION'), 0)  as raised,
       coalesce(sum(e.amount) filter (where e.kind <> 'DONATION'), 0) as spent,
       count(distinct e.person_id) filter (where e.kind <> 'DONATION' and not e.reversal
           and not exists (select 1 from fund_entry r where r.corrects_id = e.id and r.reversal)) as people_supported
from fund f join fund_entry e on e.fund_id = f.id
group by f.geo_unit_id, e.entry_year;
