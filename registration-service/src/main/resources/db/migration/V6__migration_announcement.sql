-- The migrated MPANs announced to the market (IF-001 [InitialRegistration], IF-036 [DSAppActive]): one row each,
-- written in the transaction that put the messages in the outbox, so an announcement re-run sends nothing twice.
create table migration_announcement (
    mpan_core    bigint primary key,
    migration_id bigint not null references migration (id),
    announced_at timestamptz not null default now()
);
