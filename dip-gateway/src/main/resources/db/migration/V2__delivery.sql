-- Delivery (egress): every PUB addressed to a recipient, webhook registrations, deliveries and their attempts.

-- Webhooks: channel is an interface ID (IF-021, REP-002 ...) registered with
-- POST /dip-channel/{id}/pubconfig/{recipient-id}, or STATUS, registered with POST /statusmessage/config/{recipient-id}.
create table dip.webhook (
    channel           varchar(10)   not null,
    recipient_id      varchar(10)   not null,
    callback_url      varchar(2000) not null,
    -- accepted and stored as sent; the DIP ignores both
    max_message_count numeric,
    max_payload_size  numeric,
    registered_at     timestamptz   not null,
    primary key (channel, recipient_id)
);

comment on table dip.webhook is 'Webhooks per channel (interface ID, or STATUS) and recipient DIP ID.';

-- Every PUB read from dip.pub.<nnn>, once, exactly as published (UTF-8 JSON of the payload object, keys in the
-- publisher's order: not jsonb, which would reorder them). The filter columns serve replay and requeue.
create table dip.publication (
    transaction_id        varchar(65)  primary key,
    channel               varchar(10)  not null,
    publication_id        varchar(10)  not null,
    event_code            varchar(50),
    schema_version        varchar(10),
    mpan_core             varchar(13),
    sender_dip_id         varchar(10),
    transaction_timestamp timestamptz  not null,
    payload               text         not null,
    received_at           timestamptz  not null
);

create index publication_by_time on dip.publication (transaction_timestamp);

-- Status messages read from dip.status for an addressee with a status webhook; source_ref dedupes redelivery.
create table dip.status_message (
    id           bigint        generated always as identity primary key,
    addressee_id varchar(10)   not null,
    source_ref   varchar(300)  not null unique,
    -- UTF-8 JSON StandardResponseArray, as it is pushed to the status webhook
    body         text          not null,
    received_at  timestamptz   not null
);

create index status_message_by_time on dip.status_message (received_at);

-- One row per (message, recipient) to push. kind PUB: the original publication, recorded for every recipient in
-- A0, webhook or not (NO_WEBHOOK rows are what replay reads); REQUEUE: a re-push asked for by the recipient;
-- STATUS: a status message for a status webhook. A recipient's rows on one channel form a FIFO queue: only the
-- oldest PENDING row of a queue is ever sent.
create table dip.delivery (
    id                bigint       generated always as identity primary key,
    kind              varchar(7)   not null check (kind in ('PUB', 'REQUEUE', 'STATUS')),
    recipient_id      varchar(10)  not null,
    channel           varchar(10)  not null,
    transaction_id    varchar(65)  references dip.publication (transaction_id) on delete cascade,
    status_message_id bigint       references dip.status_message (id) on delete cascade,
    state             varchar(10)  not null
        check (state in ('PENDING', 'DELIVERED', 'REJECTED', 'FAILED', 'NO_WEBHOOK')),
    attempts          integer      not null default 0,
    next_attempt_at   timestamptz  not null,
    -- set while one dispatcher (of possibly several instances) is sending the row
    lease_until       timestamptz,
    created_at        timestamptz  not null,
    finished_at       timestamptz,
    last_status_code  smallint,
    last_error        varchar(1000),
    check ((transaction_id is null) <> (status_message_id is null)),
    check ((kind = 'STATUS') = (status_message_id is not null))
);

-- At-least-once consumption of dip.pub.*: a redelivered PUB does not create a second delivery.
create unique index delivery_pub_once on dip.delivery (transaction_id, recipient_id) where kind = 'PUB';
-- The dispatcher's queue heads.
create index delivery_pending on dip.delivery (recipient_id, channel, id) where state = 'PENDING';
-- Replay and requeue: a recipient's PUBs on a channel.
create index delivery_pub_by_recipient on dip.delivery (recipient_id, channel) where kind = 'PUB';
-- Foreign-key look-ups of the housekeeping deletes.
create index delivery_by_transaction on dip.delivery (transaction_id) where transaction_id is not null;
create index delivery_by_status_message on dip.delivery (status_message_id) where status_message_id is not null;

-- Every HTTP attempt of a delivery.
create table dip.delivery_attempt (
    id          bigint       generated always as identity primary key,
    delivery_id bigint       not null references dip.delivery (id) on delete cascade,
    attempt_no  integer      not null,
    started_at  timestamptz  not null,
    duration_ms bigint       not null,
    -- null when no HTTP answer came (connection refused, timeout)
    status_code smallint,
    outcome     varchar(10)  not null check (outcome in ('DELIVERED', 'RETRY', 'REJECTED', 'FAILED')),
    error       varchar(1000),
    unique (delivery_id, attempt_no)
);
