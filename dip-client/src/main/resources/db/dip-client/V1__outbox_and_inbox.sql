-- dip-client's own tables, in the service's schema, tracked in dip_client_schema_history so that the
-- service's own db/migration versions never collide with these.

-- Messages waiting to be published. A row is deleted only after the broker acknowledged it.
-- lane = a hash of the key into 16 lanes: one relay at a time owns a lane (dip_outbox_lane row lock),
-- so one key's rows are published in id order even with several relay instances.
create table dip_outbox (
    id          bigserial   primary key,
    topic       text        not null,
    message_key text,
    payload     bytea       not null,
    headers     jsonb       not null default '{}'::jsonb,
    lane        smallint    generated always as ((hashtext(coalesce(message_key, '')) & 15)::smallint) stored,
    created_at  timestamptz not null default now()
);

create index dip_outbox_lane_id on dip_outbox (lane, id);

create table dip_outbox_lane (
    lane smallint primary key
);

insert into dip_outbox_lane (lane) select generate_series(0, 15);

-- Transactions already processed, per consumer: a redelivered PUB finds its row and has no second effect.
create table dip_inbox (
    consumer       text        not null,
    transaction_id text        not null,
    processed_at   timestamptz not null default now(),
    primary key (consumer, transaction_id)
);

-- Bounded clean-up deletes by age.
create index dip_inbox_processed_at on dip_inbox (processed_at);
