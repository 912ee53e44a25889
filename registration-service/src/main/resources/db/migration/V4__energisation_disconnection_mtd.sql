-- Disconnection, reconnection and CSS de-registration (operator API -> IF-009): one row per event from its date.
-- The MPAN is disconnected on D when the latest row on or before D is DISCONNECTED, de-registered when it is
-- DEREGISTERED. DES138's MP status (DI-131 N/R/T/X) is not stored as such: we do not hold the published meaning of
-- each code, and this history is what it would be derived from (see README, "Disconnection").
create table disconnection_history (
    mpan_core              bigint not null,
    effective_from         date not null,
    event                  varchar(12) not null check (event in ('DISCONNECTED', 'RECONNECTED', 'DEREGISTERED')),
    additional_information text,
    recorded_at            timestamptz not null default now(),
    primary key (mpan_core, effective_from)
);

-- IF-005 B906 manufacturersMakeAndType, kept with the meter's other technical details.
alter table meter add column manufacturers_make_and_type text;
