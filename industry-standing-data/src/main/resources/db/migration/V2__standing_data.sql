-- Industry standing data, versioned. Every entity table has the same shape: the ISD version a row arrived in,
-- the dates it is valid for, its natural key and its attributes. A new version only ever inserts rows; a row
-- "as at date D, as known in version V" is, per natural key, the row of the highest version <= V whose
-- [effective_from, effective_to] covers D (see uk.mhhs.isd.versions.EntityRows). History is never updated.

create table isd_version (
    version_id       integer primary key,
    description      varchar(200) not null,
    effective_from   date not null,
    publication_date timestamptz not null,
    status           varchar(10) not null default 'PENDING' check (status in ('PENDING', 'PUBLISHED')),
    published_at     timestamptz
);
create index isd_version_pending on isd_version (effective_from) where status = 'PENDING';

create table market_participant (
    version_id integer not null references isd_version, effective_from date not null, effective_to date,
    mpid char(4) not null, market_role varchar(5) not null, dip_role varchar(5) not null,
    dip_id char(10) not null, participant_name varchar(100) not null,
    primary key (mpid, market_role, dip_role, effective_from, version_id)
);

create table gsp_group (
    version_id integer not null references isd_version, effective_from date not null, effective_to date,
    gsp_group_id char(2) not null, gsp_group_name varchar(50) not null,
    primary key (gsp_group_id, effective_from, version_id)
);

create table distributor (
    version_id integer not null references isd_version, effective_from date not null, effective_to date,
    distributor_id integer not null, mpid char(4) not null, distributor_name varchar(100) not null,
    gsp_group_id char(2),
    primary key (distributor_id, effective_from, version_id)
);

create table supplier_bm_unit (
    version_id integer not null references isd_version, effective_from date not null, effective_to date,
    bm_unit_id varchar(11) not null, supplier_mpid char(4) not null, gsp_group_id char(2) not null,
    base_bm_unit boolean not null,
    primary key (bm_unit_id, effective_from, version_id)
);

create table measurement_quantity (
    version_id integer not null references isd_version, effective_from date not null, effective_to date,
    measurement_quantity_id char(2) not null, description varchar(100) not null, load_shaped boolean not null,
    primary key (measurement_quantity_id, effective_from, version_id)
);

create table consumption_component_class (
    version_id integer not null references isd_version, effective_from date not null, effective_to date,
    ccc_id integer not null, measurement_quantity_id char(2) not null, market_segment char(1) not null,
    domestic_premise boolean not null, connection_type char(1) not null, component_indicator char(1) not null,
    data_origin char(1) not null, scaling_weight numeric(6, 4) not null,
    primary key (ccc_id, effective_from, version_id)
);

create table duos_tariff (
    version_id integer not null references isd_version, effective_from date not null, effective_to date,
    distributor_id integer not null, duos_tariff_id varchar(10) not null, llfc varchar(3) not null,
    primary key (distributor_id, duos_tariff_id, effective_from, version_id)
);

-- one row per LLFC per settlement date; factors[i] is settlement period i (46, 48 or 50 values)
create table line_loss_factor (
    version_id integer not null references isd_version, effective_from date not null, effective_to date,
    distributor_id integer not null, llfc varchar(3) not null, settlement_date date not null,
    factors numeric(6, 4)[] not null,
    primary key (distributor_id, llfc, settlement_date, effective_from, version_id)
);

create table bank_holiday (
    version_id integer not null references isd_version, effective_from date not null, effective_to date,
    holiday_date date not null, region varchar(3) not null, holiday_name varchar(60) not null,
    primary key (holiday_date, region, effective_from, version_id)
);

create table settlement_run_type (
    version_id integer not null references isd_version, effective_from date not null, effective_to date,
    run_type varchar(2) not null, working_days_after integer not null, description varchar(100) not null,
    primary key (run_type, effective_from, version_id)
);

create table load_shape_category (
    version_id integer not null references isd_version, effective_from date not null, effective_to date,
    category_id varchar(10) not null, gsp_group_id char(2), connection_type char(1) not null,
    market_segment char(1) not null, domestic_premise varchar(1), measurement_quantity_id char(2) not null,
    primary key (category_id, effective_from, version_id)
);

create table load_shape_period (
    version_id integer not null references isd_version, effective_from date not null, effective_to date,
    variant varchar(10) not null, band varchar(8) not null, utc_periods varchar(40) not null,
    primary key (variant, band, effective_from, version_id)
);
