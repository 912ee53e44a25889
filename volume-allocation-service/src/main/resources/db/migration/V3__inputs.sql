-- GSP Group Take: the SHA-256 of the file a version came from, so a redelivered Kafka record (or a re-uploaded file)
-- identical to the date's latest version makes no new version.
alter table gsp_group_take_version add column content_sha256 varchar(64);
