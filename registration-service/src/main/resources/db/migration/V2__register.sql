-- The register: one row per MPAN core in mpan, and one table per attribute group (one DES138 data block) holding
-- the group's full history keyed by (mpan_core, effective_from). "As at D" is the row with the greatest
-- effective_from <= D, one backward index scan of the primary key (see README). A later process that restates
-- a value from the same date replaces that row; a value that stops (de-appointment, SMSO removed) is a row with
-- nulls from that date.
-- MPAN cores are bigint: 13 digits, and the distributor ID (10..99) means there is never a leading zero.
-- No foreign keys to mpan: the bulk import writes 15+ million rows and the Register is the only writer.

create table mpan (
    mpan_core      bigint primary key,
    distributor_id smallint not null,
    created_from   date not null,
    migration_id   bigint,
    recorded_at    timestamptz not null default now()
);

create table gsp_group_history (            -- B001
    mpan_core bigint not null, effective_from date not null,
    gsp_group_id char(2) not null,
    primary key (mpan_core, effective_from)
);

create table address_history (              -- B022
    mpan_core bigint not null, effective_from date not null,
    postcode text, address_lines text[] not null default '{}',
    primary key (mpan_core, effective_from)
);

create table connection_history (           -- B023
    mpan_core bigint not null, effective_from date not null,
    connection_type char(1) not null, energy_direction char(1) not null, metered boolean not null,
    primary key (mpan_core, effective_from)
);

create table duos_tariff_history (          -- B024
    mpan_core bigint not null, effective_from date not null,
    duos_tariff_id varchar(3),
    primary key (mpan_core, effective_from)
);

create table energisation_history (         -- B025
    mpan_core bigint not null, effective_from date not null,
    energisation_status char(1) not null,
    primary key (mpan_core, effective_from)
);

create table market_segment_history (       -- B026
    mpan_core bigint not null, effective_from date not null,
    market_segment char(1) not null,
    primary key (mpan_core, effective_from)
);

create table annual_consumption_history (   -- B027 / IF-040 B059
    mpan_core bigint not null, effective_from date not null,
    annual_consumption numeric(12, 3) not null, quality_indicator char(1) not null,
    primary key (mpan_core, effective_from)
);

create table domestic_premise_history (     -- B028
    mpan_core bigint not null, effective_from date not null,
    domestic_premise boolean not null,
    primary key (mpan_core, effective_from)
);

create table dcc_enrolment_history (        -- B029
    mpan_core bigint not null, effective_from date not null,
    dcc_service_flag char(1) not null,
    primary key (mpan_core, effective_from)
);

create table smso_history (                 -- B031
    mpan_core bigint not null, effective_from date not null,
    smso_mpid char(4),
    primary key (mpan_core, effective_from)
);

create table profile_history (              -- B032 (legacy profile class and SSC)
    mpan_core bigint not null, effective_from date not null,
    profile_class smallint, ssc varchar(4),
    primary key (mpan_core, effective_from)
);

create table consent_granularity_history (  -- B068
    mpan_core bigint not null, effective_from date not null,
    consent_granularity char(1) not null,
    primary key (mpan_core, effective_from)
);

create table relationship_history (         -- B035 linked import/export, B037 related MPANs
    mpan_core bigint not null, effective_from date not null,
    linked_mpans bigint[] not null default '{}', related_mpans bigint[] not null default '{}',
    primary key (mpan_core, effective_from)
);

create table meter (                        -- B905 meter technical details: a meter's life is install..removal
    mpan_core bigint not null, meter_id text not null, installed_on date not null,
    removed_on date, meter_type text, map_mpid char(4), esme_guid text, meter_location char(1),
    displayed_digits smallint,
    primary key (mpan_core, meter_id, installed_on)
);

create table supplier_registration (        -- B002: the registered supplier; null from a date = none
    mpan_core bigint not null, effective_from date not null,
    supplier_dip_id char(10), supplier_mpid char(4),
    primary key (mpan_core, effective_from)
);

create table appointment (                  -- B014 (MS) / B015 (DS); null dip_id from a date = de-appointed
    mpan_core bigint not null, service char(2) not null check (service in ('MS', 'DS')),
    effective_from date not null,
    dip_id char(10), mpid char(4), contract_reference text, scenario varchar(3), read_frequency char(1),
    primary key (mpan_core, service, effective_from)
);

create table migration (
    id                 bigserial primary key,
    file_name          text not null,
    started_at         timestamptz not null default now(),
    finished_at        timestamptz,
    rows_read          bigint not null default 0,
    loaded             bigint not null default 0,
    already_registered bigint not null default 0,
    rejected           bigint not null default 0
);

create table migration_rejection (
    migration_id bigint not null references migration (id),
    row_number   bigint not null,
    column_name  text,
    code         char(7) not null,
    reason       text not null
);
create index migration_rejection_by_migration on migration_rejection (migration_id, row_number);
