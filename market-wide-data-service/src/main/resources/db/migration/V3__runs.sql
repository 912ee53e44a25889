-- A run MDS made for VAS: a settlement date (UK) and run type; run_number counts the runs of that pair. Its exact
-- inputs are recorded: the ISD version used, and (per UTC date) the highest consumption version and received time
-- that were current when it ran, so the run can be reproduced and compared.
create table run (
    id              uuid        primary key,
    settlement_date date        not null,
    run_type        varchar(2)  not null check (run_type in ('II', 'SF', 'R1', 'R2', 'R3', 'RF', 'DF', 'DR')),
    run_number      int         not null,
    status          varchar(10) not null check (status in ('RUNNING', 'COMPLETE', 'FAILED')),
    periods         int         not null,
    mpans           int,
    defaulted_mpans int,
    inputs          jsonb       not null default '{}'::jsonb,
    started_at      timestamptz not null default now(),
    finished_at     timestamptz,
    failure         text,
    unique (settlement_date, run_type, run_number)
);

-- The run's aggregates: kWh and MPAN count per supplier, its BM unit, GSP group, consumption component class and
-- settlement period (1..46/48/50 of the UK settlement day).
create table run_aggregate (
    run_id      uuid          not null references run,
    supplier_mpid varchar(4)  not null,
    bm_unit_id  varchar(11)   not null,
    gsp_group   varchar(2)    not null,
    ccc_id      int           not null,
    period      smallint      not null,
    kwh         numeric(16,3) not null,
    mpans       int           not null,
    primary key (run_id, supplier_mpid, bm_unit_id, gsp_group, ccc_id, period)
);
