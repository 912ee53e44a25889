-- data-service owns schema data_service. Business tables arrive with the service's capabilities;
-- the DIP client's outbox and inbox are created by dip-client's own migrations.
comment on schema data_service is 'Smart, advanced and unmetered data services (SDS/ADS/UMSDS).';
