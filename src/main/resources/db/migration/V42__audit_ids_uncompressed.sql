-- A bulk entry lists every id it touched: 480,971 for an import of 100,000 households. PostgreSQL compressed
-- that array (pglz) on every insert, which took 0.42 s of the import's commit; stored as it is, 0.05 s
-- (bench/src/.../AuditEntryExperiment, ADR 0024). Such entries are few; the space they take is the price.
alter table audit_entry alter column affected_ids set storage external;
