-- market-wide-data-service owns schema mds. Business tables arrive with the service's capabilities;
-- the DIP client's outbox and inbox are created by dip-client's own migrations.
comment on schema mds is 'Market-wide data service (MDS): consumption store, validation, defaults, aggregation.';
