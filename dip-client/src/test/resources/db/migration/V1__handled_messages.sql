-- The test service's own table: one row per effect of a PUB handler. No unique key on purpose, so a
-- second effect of the same transaction would show as a second row.
create table handled_message (
    consumer       text not null,
    transaction_id text not null,
    mpan           text,
    handled_at     timestamptz not null default now()
);
