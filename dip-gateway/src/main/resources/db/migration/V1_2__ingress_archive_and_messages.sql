-- Raw ingress archive: every authenticated request (HTTP) or submission record (Kafka) is written here
-- BEFORE validation, exactly as received; its outcome is recorded afterwards.
create table dip.ingress_archive (
    id                   bigint       generated always as identity primary key,
    received_at          timestamptz  not null,
    source               varchar(5)   not null check (source in ('HTTP', 'KAFKA')),
    -- HTTP: method and URL; KAFKA: topic-partition@offset
    source_ref           varchar(500) not null,
    channel              varchar(20),
    authenticated_dip_id varchar(10),
    headers              jsonb        not null,
    body                 bytea        not null,
    outcome_status       smallint,
    outcome_codes        text[],
    transaction_ids      text[],
    completed_at         timestamptz
);

create index ingress_archive_received_at on dip.ingress_archive (received_at);

-- Accepted messages: one row per message that passed level-1 validation, written in the same transaction
-- as its outbox record (the PUB itself lives in the outbox until published, then in delivery's dip.publication).
-- The unique key catches a reused senderUniqueReference (MSG1006).
create table dip.accepted_message (
    transaction_id          varchar(65)  primary key,
    ingress_archive_id      bigint       not null,
    interface_id            varchar(10)  not null,
    publication_id          varchar(10)  not null,
    event_code              varchar(50)  not null,
    sender_dip_id           varchar(10)  not null,
    sender_role             varchar(5)   not null,
    sender_unique_reference varchar(200) not null,
    mpan_core               varchar(13),
    accepted_at             timestamptz  not null,
    -- Base64 SHA-256 of the whole body or record it came in: a redelivered Kafka submission has the same hash
    -- and is skipped silently; a reused reference in a different submission is MSG1006.
    submission_sha256       char(44)     not null,
    -- every DIP ID in the published A0 (primary, secondary, always)
    recipients              varchar(10)[] not null,
    constraint accepted_message_sender_reference unique (sender_dip_id, sender_unique_reference)
);

-- Only what clean-up needs: every further index costs each accepted message a write.
create index accepted_message_accepted_at on dip.accepted_message (accepted_at);
