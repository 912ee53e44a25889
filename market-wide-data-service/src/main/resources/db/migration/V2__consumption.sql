-- MDS's registration view lives in the kit's effective-dated mpan_fact (dip-client V3); see registration/Fact.

-- Accepted IF-021: one row per UTC settlement date, MPAN, measurement quantity and version, the 48 values in Wh
-- (kWh × 1000: exact for the DIP's 3 decimals, 8 bytes a value) and their quality codes. A newer submission for the
-- same day adds a version and marks the older one not current; both are kept. Partitioned by month of the date,
-- so a day's runs read one partition and old months can be detached; every row names the transaction that brought
-- it. At 33 million MPANs a UTC date is ≈33 million rows (≈20 GB a day with the arrays toasted).
create table consumption (
    settlement_date date         not null,
    mpan_core       bigint       not null,
    mq              varchar(2)   not null,
    version         int          not null,
    current         boolean      not null default true,
    wh              bigint[]     not null,
    q               varchar(5)[] not null,
    transaction_id  text         not null,
    sender_dip_id   varchar(10)  not null,
    warning         boolean      not null default false,  -- accepted with a warning (de-energised)
    received_at     timestamptz  not null default now(),
    primary key (settlement_date, mpan_core, mq, version)
) partition by range (settlement_date);

-- serves the runs (a date's current data) and the supersede step (the current row of a key)
create index consumption_current on consumption (settlement_date, mpan_core, mq) where current;

create table consumption_default partition of consumption default;

-- Monthly partitions; the daily job keeps three months ahead of today (ConsumptionPartitions).
create or replace function create_consumption_partition(month date) returns void language plpgsql as $$
declare
    first date := date_trunc('month', month)::date;
    name text := 'consumption_' || to_char(first, 'YYYY_MM');
begin
    if not exists (select 1 from pg_class where relname = name and relnamespace = current_schema()::regnamespace) then
        execute format('create table %I partition of consumption for values from (%L) to (%L)',
                       name, first, (first + interval '1 month')::date);
    end if;
end $$;

select create_consumption_partition(d::date)
  from generate_series(date '2024-01-01', date '2027-12-01', interval '1 month') d;

-- IF-021 rejected (IF-014 R) or accepted with a warning (IF-014 W): what was wrong, for operators and for the DS.
create table consumption_finding (
    transaction_id  text        not null,
    mpan_core       bigint,
    settlement_date date,
    response_code   varchar(1)  not null check (response_code in ('R', 'W')),
    codes           text[]      not null,
    messages        text[]      not null,
    received_at     timestamptz not null default now(),
    primary key (transaction_id)
);
-- serves the per-MPAN listing
create index consumption_finding_by_mpan on consumption_finding (mpan_core, received_at);
