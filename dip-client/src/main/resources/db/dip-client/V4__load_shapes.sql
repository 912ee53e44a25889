-- Load shapes from LSS (IF-022 periods, IF-023 annual total), per UTC date and category; gsp_group '' = national,
-- domestic '' = any (the kit's LoadShapeStore). "if not exists": data-service made the same table in its own V2
-- before it moved here, with this exact definition.
create table if not exists load_shape (
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
