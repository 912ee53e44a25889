-- The service kit's tables: the process message log and the step scheduler. "if not exists": registration made
-- the same tables in its own migrations before they moved here, with these exact definitions.

-- Every message the processes received (IN: ACCEPTED / REJECTED with the codes) and sent (OUT: SENT).
create table if not exists process_message (
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
-- serves the per-MPAN message history (operators' "what happened to this MPAN")
create index if not exists process_message_by_mpan on process_message (mpan_core, id);

-- Work due on a date, claimed one row at a time with "for update skip locked".
create table if not exists scheduled_step (
    id         bigserial primary key,
    due_on     date not null,
    kind       varchar(30) not null,
    mpan_core  bigint,
    ref        text,
    status     varchar(10) not null default 'PENDING' check (status in ('PENDING', 'DONE', 'CANCELLED')),
    done_at    timestamptz,
    outcome    text
);
-- serves the claim query: pending steps due on or before today, oldest first
create index if not exists scheduled_step_due on scheduled_step (due_on, id) where status = 'PENDING';

-- Daily jobs: one row per job and day, inserted in the job's own transaction, so one instance runs a day's job.
create table if not exists daily_run (
    job    varchar(40) not null,
    run_on date not null,
    ran_at timestamptz not null default now(),
    outcome text,
    primary key (job, run_on)
);
