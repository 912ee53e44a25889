-- dip-gateway owns schema dip. Business tables arrive with the service's capabilities;
-- the DIP client's outbox and inbox are created by dip-client's own migrations.
comment on schema dip is 'The DIP stand-in: the official DIP API, level-1 validation, signatures, routing, webhooks.';
