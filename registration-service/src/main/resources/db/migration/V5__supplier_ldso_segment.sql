-- IF-045 registration reminders: per MPAN and inconsistency (the IF-045 event), when REGS first and last reminded
-- its parties. The daily sweep reminds an MPAN when it is first found inconsistent and then every
-- ReminderSweep.REMIND_EVERY_DAYS days while it stays so; a row is deleted as soon as the MPAN is consistent
-- again, so a later inconsistency is reminded at once.
create table registration_reminder (
    mpan_core     bigint not null,
    reminder      varchar(30) not null,
    first_sent_on date not null,
    last_sent_on  date not null,
    primary key (mpan_core, reminder)
);
