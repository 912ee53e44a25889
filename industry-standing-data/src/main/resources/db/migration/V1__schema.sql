-- industry-standing-data owns schema isd. Business tables arrive with the service's capabilities;
-- the DIP client's outbox and inbox are created by dip-client's own migrations.
comment on schema isd is 'Industry standing data: versioned reference data, its API, distribution and IF-047.';
