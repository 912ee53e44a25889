-- Participant registry (ingress): who may send, with which roles, signing with which certificate.
-- API keys are never stored, only their SHA-256 (lower-case hex).
create table dip.participant (
    dip_id                  varchar(10)  primary key check (dip_id ~ '^[0-9A-Za-z]{10}$'),
    mpid                    varchar(4)   check (mpid is null or mpid ~ '^[A-Z]{4}$'),
    name                    varchar(200) not null,
    certificate_pem         text,
    api_key_sha256          char(64)     unique,
    -- DIP IDs this participant may send for as S1.DIPConnectionProviderID (MSG1011 otherwise)
    connection_provider_for varchar(10)[] not null default '{}',
    active                  boolean      not null default true,
    created_at              timestamptz  not null default now(),
    updated_at              timestamptz  not null default now()
);

comment on table dip.participant is 'DIP participants: DIP ID, MPID, signing certificate, API key hash.';

-- The market roles a participant holds, effective-dated (ISDPublication: MPID, marketRole, DIPID, DIPRole, from/to).
create table dip.participant_role (
    dip_id         varchar(10) not null references dip.participant (dip_id) on delete cascade,
    role           varchar(5)  not null check (role ~ '^[A-Z]{3,5}$'),
    effective_from date        not null default date '1970-01-01',
    effective_to   date,
    primary key (dip_id, role, effective_from),
    check (effective_to is null or effective_to >= effective_from)
);

create index participant_role_by_role on dip.participant_role (role);
