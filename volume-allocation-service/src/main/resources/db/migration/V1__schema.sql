-- volume-allocation-service owns schema vas. Business tables arrive with the service's capabilities;
-- the DIP client's outbox and inbox are created by dip-client's own migrations.
comment on schema vas is 'Volume allocation service (VAS): settlement runs, GSP Group Correction, BM Unit allocation.';
