-- The signed, stamped scan of a decision is kept like evidence (same checks, same server-chosen storage), but
-- belongs to a decision instead of a registration: a row names exactly one of the two.
alter table round_evidence alter column registration_id drop not null;
alter table round_evidence add column decision_id bigint references round_decision (id);
alter table round_evidence add constraint round_evidence_owner
    check ((registration_id is null) <> (decision_id is null));
create index round_evidence_decision on round_evidence (decision_id) where decision_id is not null;

-- Who closed a round and when (closing stops registrations and sheets; reopening clears both).
alter table round add column closed_by bigint, add column closed_at timestamptz;
