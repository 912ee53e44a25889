-- The data service's own copy of what it needs of each MPAN, the meter data it holds, the shapes it uses and what
-- it sent. Every time-varying fact is effective-dated (UK settlement dates, as registration sends them).

-- Our appointments as the MPAN's Data Service (IF-036 DSAppActive opens one, IF-037 DSDeApp closes it).
-- effective_to is exclusive; null = open.
create table appointment (
    mpan_core      bigint      not null,
    effective_from date        not null,
    effective_to   date,
    role           varchar(5)  not null check (role in ('SDS', 'ADS', 'UMSDS')),
    supplier_dip_id varchar(10),
    transaction_id text        not null,
    primary key (mpan_core, effective_from)
);

-- What the MPAN is (M0 of the registration messages): distributor and GSP group as last told.
create table mpan (
    mpan_core          bigint primary key,
    distributor_dip_id varchar(10),
    gsp_group          varchar(2) not null,
    updated_at         timestamptz not null default now()
);

-- Effective-dated facts: CONNECTION_TYPE (W/L/H/E/U), SEGMENT (S/A/U), ENERGISATION (E/D), CONSENT (H/D/M/N),
-- AC (annual consumption kWh), SNAC (supplier-nominated AC kWh), DOMESTIC (T/F), VACANT / REMOTE_DISABLED /
-- NO_COMMS (T/F, supplier advisories), OFF_PEAK (T/F). The value in force on a date is the one with the latest
-- effective_from on or before it.
create table mpan_fact (
    mpan_core      bigint      not null,
    fact           varchar(20) not null,
    effective_from date        not null,
    value          text,
    transaction_id text,
    primary key (mpan_core, fact, effective_from)
);

-- Meters of the MPAN (IF-036 B905List, IF-006); readings name one of these.
create table meter (
    mpan_core bigint      not null,
    meter_id  varchar(10) not null,
    removed_on date,
    primary key (mpan_core, meter_id)
);

-- Half-hourly interval values per MPAN, UTC settlement date, measurement quantity and meter role (MAIN / CHECK):
-- 48 values, index i = the period ending at date 00:00Z + 30(i+1) min; null = not received. Later readings
-- overwrite the periods they carry.
create table interval_day (
    mpan_core       bigint        not null,
    settlement_date date          not null,
    mq              varchar(2)    not null check (mq in ('AI', 'AE', 'RI', 'RE')),
    meter_role      varchar(5)    not null check (meter_role in ('MAIN', 'CHECK')),
    kwh             numeric(12,3)[] not null,
    updated_at      timestamptz   not null default now(),
    primary key (mpan_core, settlement_date, mq, meter_role)
);

-- Cumulative register reads (meter data API, IF-041 B064).
create table register_read (
    mpan_core bigint        not null,
    meter_id  varchar(10)   not null,
    read_at   timestamptz   not null,
    kwh       numeric(12,3) not null,
    method    varchar(1),
    source    varchar(10)   not null,
    primary key (mpan_core, meter_id, read_at)
);

-- MPAN-days waiting to be (re)processed: new data arrived, or the daily send put them here.
create table pending_day (
    mpan_core       bigint not null,
    settlement_date date   not null,
    queued_at       timestamptz not null default now(),
    primary key (mpan_core, settlement_date)
);
-- serves the processor's claim: oldest dates first
create index pending_day_by_date on pending_day (settlement_date, mpan_core);

-- Load shapes from LSS (IF-022 periods, IF-023 annual total), per UTC date and category; gsp_group '' = national,
-- domestic '' = any.
create table load_shape (
    settlement_date date         not null,
    gsp_group       varchar(2)   not null,
    connection_type varchar(1)   not null,
    segment         varchar(1)   not null,
    domestic        varchar(1)   not null,
    mq              varchar(2)   not null,
    period_values   numeric(12,3)[],
    flags           varchar(1)[],
    annual_total    numeric(14,3),
    received_at     timestamptz  not null default now(),
    primary key (settlement_date, gsp_group, connection_type, segment, domestic, mq)
);

-- The last IF-021 sent per MPAN, measurement quantity and UTC date: its content hash (not re-sent if unchanged).
create table sent_day (
    mpan_core       bigint      not null,
    settlement_date date        not null,
    mq              varchar(2)  not null,
    content_hash    bigint      not null,
    version         int         not null,
    total_kwh       numeric(14,3) not null,
    reference       text        not null,
    sent_at         timestamptz not null default now(),
    primary key (mpan_core, settlement_date, mq)
);

-- Unmetered inventory summaries (UMSO): per MPAN, effective from a date, the charge code lines.
create table unmetered_inventory (
    mpan_core      bigint       not null,
    effective_from date         not null,
    items          jsonb        not null,
    received_at    timestamptz  not null default now(),
    primary key (mpan_core, effective_from)
);

-- Consumption amendments (IF-027) and their outcomes (IF-028); the supplier reference is unique per supplier.
create table amendment (
    supplier_dip_id    varchar(10) not null,
    supplier_reference varchar(50) not null,
    mpan_core          bigint      not null,
    mq                 varchar(2)  not null,
    period_start       date        not null,
    period_end         date        not null,
    gross_kwh          numeric(12,3) not null,
    arc                varchar(1)  not null,
    status             varchar(10) not null check (status in ('ACCEPTED', 'REJECTED')),
    code               varchar(10),
    transaction_id     text        not null,
    received_at        timestamptz not null default now(),
    primary key (supplier_dip_id, supplier_reference)
);

-- Per-period overrides from accepted amendments: they win over meter data and estimates.
create table amended_day (
    mpan_core       bigint          not null,
    settlement_date date            not null,
    mq              varchar(2)      not null,
    kwh             numeric(12,3)[] not null,
    arc             varchar(1)      not null,
    primary key (mpan_core, settlement_date, mq)
);

-- What MDS told us: IF-014 rejections and warnings, IF-013 defaults.
create table mds_feedback (
    transaction_id  text primary key,
    interface_id    varchar(8)  not null,
    event_code      varchar(40) not null,
    mpan_core       bigint,
    settlement_date date,
    response_code   varchar(1),
    messages        text[]      not null default '{}',
    received_at     timestamptz not null default now()
);
-- serves the feedback API's per-MPAN listing
create index mds_feedback_by_mpan on mds_feedback (mpan_core, received_at);
