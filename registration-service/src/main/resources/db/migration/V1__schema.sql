-- registration-service owns schema registration. Business tables arrive with the service's capabilities;
-- the DIP client's outbox and inbox are created by dip-client's own migrations.
comment on schema registration is 'Registration service (REGS): MPAN registrations and the registration processes.';
