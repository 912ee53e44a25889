-- The registration processes: CSS switch requests, service provider appointment requests, time-driven steps and
-- the log of every message the processes received and sent.

create table ihd_history (                  -- B030 in-home display install status I/D/E/F (null = none)
    mpan_core bigint not null, effective_from date not null,
    ihd_install_status char(1),
    primary key (mpan_core, effective_from)
);

alter table supplier_registration add column css_registration_id varchar(36);

-- A registration secured in the Central Switching Service for an MPAN (initial registration or change of
-- supplier). SECURED until the supply start date (then SWITCHED) or until CSS withdraws it (WITHDRAWN).
create table switch_request (
    css_registration_id varchar(36) primary key,
    mpan_core           bigint not null,
    supplier_dip_id     char(10) not null,
    supplier_mpid       char(4) not null,
    supply_start_date   date not null,
    status              varchar(10) not null check (status in ('SECURED', 'SWITCHED', 'WITHDRAWN')),
    received_at         timestamptz not null default now(),
    updated_at          timestamptz not null default now()
);
create index switch_request_by_mpan on switch_request (mpan_core, status);

-- An IF-031 appointment request: REQUESTED (IF-033 sent to the proposed provider) -> ACCEPTED (IF-034 A) ->
-- ACTIVE (effective, IF-036 sent); or REJECTED (IF-034 R), LAPSED (no answer / switch not secured), SUPERSEDED
-- (a later request for the same MPAN and service replaced it).
create table appointment_request (
    id                      bigserial primary key,
    mpan_core               bigint not null,
    service                 char(2) not null check (service in ('MS', 'DS')),
    scenario                varchar(3) not null,
    css_registration_id     varchar(36),
    requesting_dip_id       char(10) not null,
    requesting_mpid         char(4) not null,
    proposed_dip_id         char(10) not null,
    proposed_mpid           char(4) not null,
    effective_from          date not null,
    contract_reference      text,
    read_frequency          char(1),
    proposed_consent        char(1),
    proposed_domestic       boolean,
    custom_block            jsonb not null,
    status                  varchar(10) not null
        check (status in ('REQUESTED', 'ACCEPTED', 'ACTIVE', 'REJECTED', 'LAPSED', 'SUPERSEDED')),
    response_code           text,
    received_transaction_id text not null,
    created_at              timestamptz not null default now(),
    updated_at              timestamptz not null default now()
);
create index appointment_request_open on appointment_request (mpan_core, service, status);

-- Work due on a date (UK): run by whichever instance claims it first (select ... for update skip locked).
create table scheduled_step (
    id         bigserial primary key,
    due_on     date not null,
    kind       varchar(30) not null,
    mpan_core  bigint,
    ref        text,
    status     varchar(10) not null default 'PENDING' check (status in ('PENDING', 'DONE', 'CANCELLED')),
    done_at    timestamptz,
    outcome    text
);
create index scheduled_step_due on scheduled_step (due_on, id) where status = 'PENDING';

-- Every message the processes received (IN: ACCEPTED / REJECTED with the REG codes) and sent (OUT: SENT).
create table process_message (
    id             bigserial primary key,
    direction      varchar(3) not null check (direction in ('IN', 'OUT')),
    interface_id   varchar(8) not null,
    event_code     varchar(40) not null,
    mpan_core      text,
    reference      text not null,           -- IN: D0.transactionID; OUT: S1.senderUniqueReference
    counterparties text[] not null,         -- IN: the sender; OUT: the primary recipients
    status         varchar(10) not null check (status in ('ACCEPTED', 'REJECTED', 'SENT')),
    codes          text[] not null default '{}',
    detail         text,
    recorded_at    timestamptz not null default now()
);
create index process_message_by_mpan on process_message (mpan_core, id);

-- Daily sweeps (e.g. IF-045 reminders): one row per job and day, inserted in the sweep's own transaction, so only
-- one instance runs a day's sweep.
create table daily_run (
    job    varchar(40) not null,
    run_on date not null,
    ran_at timestamptz not null default now(),
    outcome text,
    primary key (job, run_on)
);
