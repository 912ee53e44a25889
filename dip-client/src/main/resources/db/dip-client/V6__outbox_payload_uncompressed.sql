-- Outbox rows live only until the relay has published them, and many payloads (reports) are gzip + base64, which pglz
-- cannot shrink: PostgreSQL tried (and failed) to compress each large payload on insert. Stored out of line without
-- compression; measured in BENCHMARKS.md (VAS run: outbox insert 21 % → 10 % of the running thread's time).
alter table dip_outbox alter column payload set storage external;
