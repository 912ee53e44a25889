-- load-shaping-service owns schema lss. Business tables arrive with the service's capabilities;
-- the DIP client's outbox and inbox are created by dip-client's own migrations.
comment on schema lss is 'Load shaping service (LSS): load shape categories, period values, totals.';
