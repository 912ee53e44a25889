-- What LSS keeps of each MPAN besides what IF-021 itself carries, effective-dated: DOMESTIC (T/F) from IF-026
-- [SSCandProfileClass] (profile class 1-2 domestic, 3-8 not: a reconstruction, see the README).
create table mpan_attribute (
    mpan_core      bigint      not null,
    attribute      varchar(20) not null,
    effective_from date        not null,
    value          text        not null,
    primary key (mpan_core, attribute, effective_from)
);

-- The latest IF-021 of each MPAN, UTC date and quantity: the MPAN's load shape category then and its ACTUAL values
-- in Wh (kWh × 1000, exact for 3 decimals); null where the period was not actual. A newer IF-021 replaces the row.
create table consumption_day (
    settlement_date date        not null,
    mpan_core       bigint      not null,
    mq              varchar(2)  not null,
    gsp_group       varchar(2)  not null,
    connection_type varchar(1)  not null,
    segment         varchar(1)  not null,
    domestic        varchar(1)  not null default '',   -- '' = not known: counts only towards "any"
    actual_wh       bigint[]    not null,
    actual_count    smallint    not null,
    transaction_id  text        not null,
    received_at     timestamptz not null default now(),
    primary key (settlement_date, mpan_core, mq)
);

-- A calculation of one UTC date: run 1 the first time, a higher run when late data moved the sample enough.
create table shape_run (
    settlement_date date        not null,
    run_number      int         not null,
    sample          int         not null,  -- MPAN-days with at least one actual period
    categories      int         not null,
    calculated_at   timestamptz not null default now(),
    primary key (settlement_date, run_number)
);

-- Every category's shape and totals of a run; gsp_group '' = national, domestic '' = any.
create table shape (
    settlement_date     date          not null,
    run_number          int           not null,
    gsp_group           varchar(2)    not null,
    connection_type     varchar(1)    not null,
    segment             varchar(1)    not null,
    domestic            varchar(1)    not null,
    mq                  varchar(2)    not null,
    period_values       numeric(12,3)[] not null,
    flags               varchar(1)[]  not null,
    sample              int           not null,
    day_total           numeric(14,3) not null,
    day_peak            numeric(14,3),
    day_off_peak        numeric(14,3),
    seven_day_total     numeric(14,3) not null,
    seven_day_peak      numeric(14,3),
    seven_day_off_peak  numeric(14,3),
    annual_total        numeric(16,3) not null,
    primary key (settlement_date, run_number, gsp_group, connection_type, segment, domestic, mq),
    foreign key (settlement_date, run_number) references shape_run
);
-- serves the totals' history: a category's latest values over the previous 365 days
create index shape_by_category on shape (gsp_group, connection_type, segment, domestic, mq, settlement_date);
