-- The classes a run corrected with, as ISD gave them on its settlement date: scaling weights are ISD data that may change
-- between runs, so recording them lets a run's comparison with another tell a weight change from a volume change. The
-- calculation also joins the aggregates to these rows to sign and weight them in the database.
create table run_weight (
    run_id uuid    not null references run,
    ccc_id int     not null,
    weight numeric not null,
    export boolean not null,
    losses boolean not null,
    primary key (run_id, ccc_id)
);
