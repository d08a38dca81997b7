-- Evidence (minh chứng) attached to a registration's sheet: photos and PDFs, stored as files under a path the
-- server chooses; the user's file name is kept only as a sanitised label.
create table round_evidence (
    id              bigserial primary key,
    registration_id bigint      not null references round_registration (id),
    node_code       text,
    file_name       text        not null,
    content_type    text        not null check (content_type in ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes      bigint      not null check (size_bytes > 0),
    stored_path     text        not null unique,
    uploaded_by     bigint,
    uploaded_at     timestamptz not null default now()
);
create index round_evidence_registration on round_evidence (registration_id);
