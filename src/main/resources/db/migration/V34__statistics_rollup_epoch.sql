-- The transaction that last changed anything a roll-up reads (ADR 0013): cached roll-ups are served only while
-- it is the same. A transaction id is never reused, so a change rolled back never revives a stale entry.
create table stat_epoch (
    id       int    primary key check (id = 1),
    last_xid bigint not null
);
insert into stat_epoch values (1, 0);

create function stat_touch_epoch() returns trigger language plpgsql as $$
begin
    update stat_epoch set last_xid = txid_current() where id = 1 and last_xid <> txid_current();
    return null;
end $$;

create trigger stat_count_epoch after insert or update or delete or truncate on stat_count
    for each statement execute function stat_touch_epoch();
create trigger stat_ancestry_epoch after insert or update or delete or truncate on stat_ancestry
    for each statement execute function stat_touch_epoch();
create trigger stat_today_ancestry_epoch after insert or update or delete or truncate on stat_today_ancestry
    for each statement execute function stat_touch_epoch();
