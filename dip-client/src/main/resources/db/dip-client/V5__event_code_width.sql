-- REP event codes are longer than the IF ones: [BMUnitAllocatedDemandVolumesToMarketParticipants] has 51 characters.
alter table process_message alter column event_code type varchar(80);
