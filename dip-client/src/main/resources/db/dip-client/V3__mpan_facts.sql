-- Effective-dated facts a service keeps of each MPAN from the messages it receives (the kit's MpanFacts). "if not
-- exists": data-service made the same table in its own V2 before it moved here, with this exact definition.
create table if not exists mpan_fact (
    mpan_core      bigint      not null,
    fact           varchar(20) not null,
    effective_from date        not null,
    value          text,
    transaction_id text,
    primary key (mpan_core, fact, effective_from)
);
