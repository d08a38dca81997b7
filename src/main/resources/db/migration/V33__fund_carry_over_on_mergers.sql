-- When associations merge (AssociationMergers), what the predecessors' funds held moves to the successor's fund as
-- a pair of entries: TRANSFER_OUT in the old fund on its last day, TRANSFER_IN in the new one on the first day.
-- A fund whose association merged is ended: its books take no entry any more (corrections go to the successor).
alter table fund_entry drop constraint fund_entry_kind_check;
alter table fund_entry add constraint fund_entry_kind_check check (kind in ('DONATION', 'SCHOLARSHIP',
    'STUDENT_AWARD', 'TEACHER_AWARD', 'POOR_STUDENT_AID', 'SCHOOL_SUPPORT', 'OPERATING', 'TRANSFER_IN',
    'TRANSFER_OUT'));
-- The one place the direction of an entry is decided: what it adds to the holdings (negative for money out).
alter table fund_entry add column net bigint not null
    generated always as (case when kind in ('DONATION', 'TRANSFER_IN') then amount else -amount end) stored;
alter table fund add column ended_on date;
alter table fund add column merged_into bigint references fund (id);

create or replace function fund_entry_guard() returns trigger language plpgsql as $$
declare
    f fund;
begin
    if tg_op <> 'INSERT' then
        raise exception 'fund_entry is append-only' using errcode = 'check_violation';
    end if;
    select * into f from fund where id = new.fund_id;
    if f.ended_on is not null then
        raise exception 'fund % ended on % (merged into fund %)', f.id, f.ended_on, f.merged_into
            using errcode = 'check_violation';
    end if;
    if f.closed_through is not null and extract(year from new.entry_date) <= f.closed_through then
        raise exception 'fund % is closed through %', f.id, f.closed_through using errcode = 'check_violation';
    end if;
    if new.entry_date < f.opened_on then
        raise exception 'fund % opened on %', f.id, f.opened_on using errcode = 'check_violation';
    end if;
    return new;
end $$;

-- An ended fund stays ended; closing only moves forward; the opening never changes.
create or replace function fund_closing_guard() returns trigger language plpgsql as $$
begin
    if old.closed_through is not null and (new.closed_through is null or new.closed_through < old.closed_through) then
        raise exception 'fund % is closed through %', old.id, old.closed_through using errcode = 'check_violation';
    end if;
    if (new.opening_balance, new.opened_on) is distinct from (old.opening_balance, old.opened_on) then
        raise exception 'the opening of fund % is fixed', old.id using errcode = 'check_violation';
    end if;
    if old.ended_on is not null and (new.ended_on, new.merged_into) is distinct from (old.ended_on, old.merged_into) then
        raise exception 'fund % ended on %', old.id, old.ended_on using errcode = 'check_violation';
    end if;
    return new;
end $$;

-- Transfers between funds are neither raised nor spent.
create or replace view fund_figures_by_year as
select f.geo_unit_id, e.entry_year as year,
       coalesce(sum(e.amount) filter (where e.kind = 'DONATION'), 0)  as raised,
       coalesce(sum(e.amount) filter (where e.kind not in ('DONATION', 'TRANSFER_IN', 'TRANSFER_OUT')), 0) as spent,
       count(distinct e.person_id) filter (where e.kind not in ('DONATION', 'TRANSFER_IN', 'TRANSFER_OUT')
           and not e.reversal
           and not exists (select 1 from fund_entry r where r.corrects_id = e.id and r.reversal)) as people_supported
from fund f join fund_entry e on e.fund_id = f.id
group by f.geo_unit_id, e.entry_year;
