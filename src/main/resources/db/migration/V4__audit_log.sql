-- The append-only audit log: who, when, which area, what entity and id, what action, before and after.
-- Personal data appears by id only. A bulk operation is one row with the affected ids.
create table audit_entry (
    id           bigserial primary key,
    at           timestamptz not null default now(),
    actor_id     bigint,
    actor_name   text        not null,
    unit_id      bigint,
    unit_path    text,
    entity       text        not null,
    entity_id    bigint,
    action       text        not null,
    before       jsonb,
    after        jsonb,
    affected_ids bigint[]    not null default '{}'
);
create index audit_entry_at on audit_entry (at desc);
create index audit_entry_entity on audit_entry (entity, entity_id);
create index audit_entry_path on audit_entry (unit_path text_pattern_ops);

-- Append-only is enforced by the database, not only by the code that writes it.
create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only';
end $$;
create trigger audit_entry_no_update before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();
