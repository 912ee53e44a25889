-- A volume allocation run (JPA aggregate uk.mhhs.vas.runs.Run): an immutable id, a run number unique per (settlement
-- date, run type), a state machine, the instance working on it and its lease, and its exact inputs once gathered.
create table run (
    id                uuid         primary key,
    settlement_date   date         not null,
    run_type          varchar(2)   not null check (run_type in ('II', 'SF', 'R1', 'R2', 'R3', 'RF', 'DF', 'DR')),
    run_number        int          not null check (run_number > 0),
    state             varchar(12)  not null check (state in ('REQUESTED', 'GATHERING', 'CALCULATING', 'PUBLISHED',
                                                              'FAILED', 'CANCELLED')),
    trigger           varchar(10)  not null check (trigger in ('SCHEDULE', 'OPERATOR')),
    requested_by      varchar(100),
    reason            varchar(500),
    periods           smallint     not null check (periods in (46, 48, 50)),
    progress          varchar(200),
    attempts          int          not null default 0,
    owner             varchar(100),
    lease_until       timestamptz,
    -- inputs, recorded when gathered
    aggregate_set_id  uuid,
    gsp_group_take_id bigint,
    isd_version       int,
    failure           text,
    requested_at      timestamptz  not null,
    started_at        timestamptz,
    calculated_at     timestamptz,
    finished_at       timestamptz,
    version           bigint       not null default 0,
    unique (settlement_date, run_type, run_number)
);
-- the worker's claim: the oldest requested runs, and runs whose lease ran out (an instance that died mid-run)
create index run_active on run (state, lease_until) where state in ('REQUESTED', 'GATHERING', 'CALCULATING');
-- the runs of a date (API, comparison with the previous run)
create index run_by_date on run (settlement_date, run_type);

-- The daily schedule: which (settlement date, run type) the timetable made due on a working day; the unique key stops
-- a second instance (or a second tick) from requesting the same scheduled run twice.
create table scheduled_run (
    run_day         date       not null,
    settlement_date date       not null,
    run_type        varchar(2) not null,
    run_id          uuid       not null references run,
    primary key (run_day, settlement_date, run_type)
);

-- MDS's aggregates a run used (one set per MDS run): uncorrected kWh and MPAN counts per supplier, BM unit, GSP group,
-- consumption component class and settlement period (1..46/48/50 of the UK settlement day), as MDS sent them (kWh >= 0
-- for import and export alike; the class's measurement quantity gives the sign).
create table aggregate_set (
    id              uuid        primary key,
    settlement_date date        not null,
    run_type        varchar(2)  not null,
    mds_run_id      uuid        not null unique,
    mds_run_number  int         not null,
    rows            bigint      not null,
    received_at     timestamptz not null default now()
);
create table aggregate (
    set_id        uuid          not null,
    gsp_group     varchar(2)    not null,
    supplier_mpid varchar(4)    not null,
    bm_unit_id    varchar(11)   not null,
    ccc_id        int           not null,
    period        smallint      not null,
    kwh           numeric(16,3) not null,
    mpans         int           not null
);
-- the calculation and the reports read one set a GSP group at a time in this order
create index aggregate_by_set on aggregate (set_id, gsp_group, supplier_mpid, bm_unit_id, ccc_id, period);

-- GSP Group Take from the CDCA, versioned per settlement date: a version holds every GSP group and every settlement
-- period of the day, or it is not stored at all.
create table gsp_group_take_version (
    id              bigserial   primary key,
    settlement_date date        not null,
    version         int         not null,
    source          varchar(10) not null check (source in ('UPLOAD', 'KAFKA')),
    file_name       varchar(200),
    received_at     timestamptz not null default now(),
    unique (settlement_date, version)
);
create table gsp_group_take (
    version_id bigint        not null references gsp_group_take_version,
    gsp_group  varchar(2)    not null,
    period     smallint      not null,
    kwh        numeric(16,3) not null,
    primary key (version_id, gsp_group, period)
);

-- Results of a run. Correction factor per GSP group and period (null when undefined: no correctable volume), with the
-- sums it came from and the exception raised, if any (REP-007).
create table correction_factor (
    run_id         uuid        not null references run,
    gsp_group      varchar(2)  not null,
    period         smallint    not null,
    gsp_group_take numeric     not null,
    uncorrected    numeric     not null,
    weighted       numeric     not null,
    factor         numeric,
    exception      varchar(30) check (exception in ('NO_CORRECTABLE_VOLUME', 'OUTSIDE_BAND')),
    primary key (run_id, gsp_group, period)
);
-- BM Unit Allocated Demand Volume per BM unit and period (unrounded), with its uncorrected volume and MPAN count.
create table bm_unit_volume (
    run_id        uuid       not null references run,
    gsp_group     varchar(2) not null,
    supplier_mpid varchar(4) not null,
    bm_unit_id    varchar(11) not null,
    period        smallint   not null,
    uncorrected   numeric    not null,
    corrected     numeric    not null,
    mpans         int        not null,
    primary key (run_id, bm_unit_id, period)
);
