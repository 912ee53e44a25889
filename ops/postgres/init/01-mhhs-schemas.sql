-- Runs once, when the PostgreSQL container starts on an empty volume, connected to database mhhs
-- (POSTGRES_DB) as the superuser. One login user and one schema per service (ARCHITECTURE §4); a service
-- cannot see another service's schema. The passwords are the development defaults of each service's
-- application.yml and of docker-compose.yml; production sets its own (DB_PASSWORD) and changes these.
-- The same statements are what the local suite runs (local-suite: DatabaseProvisioning).

do $$
declare
    account record;
begin
    execute format('revoke all on database %I from public', current_database());
    revoke create on schema public from public;
    for account in select * from (values
            ('dip',          'dip',          'dip'),
            ('isd',          'isd',          'isd'),
            ('registration', 'registration', 'registration'),
            ('data_service', 'data_service', 'data_service'),
            ('lss',          'lss',          'lss'),
            ('mds',          'mds',          'mds'),
            ('vas',          'vas',          'vas')) as a(usr, pwd, sch)
    loop
        if not exists (select from pg_roles where rolname = account.usr) then
            execute format('create role %I login', account.usr);
        end if;
        execute format('alter role %I with login nosuperuser nocreatedb nocreaterole password %L',
                       account.usr, account.pwd);
        execute format('grant connect, temporary on database %I to %I', current_database(), account.usr);
        execute format('create schema if not exists %I authorization %I', account.sch, account.usr);
        execute format('alter schema %I owner to %I', account.sch, account.usr);
        execute format('revoke all on schema %I from public', account.sch);
        execute format('alter role %I set search_path = %I', account.usr, account.sch);
    end loop;
end
$$;

-- The metrics exporter reads statistics only.
do $$
begin
    if not exists (select from pg_roles where rolname = 'postgres_exporter') then
        create role postgres_exporter login password 'postgres_exporter';
    end if;
end
$$;
grant pg_monitor to postgres_exporter;
do $$ begin execute format('grant connect on database %I to postgres_exporter', current_database()); end $$;
