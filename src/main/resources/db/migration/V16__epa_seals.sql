-- The EPA history as a keyed hash chain: each entry's HMAC-SHA-256 over its content and the
-- previous entry's seal, with the version of the key that made it (the key itself is never
-- stored); the record keeps its own seal over the number of entries and the last entry's seal,
-- so that entries removed from the end show too.

alter table epa_entries add column seal varchar(64);
alter table epa_entries add column key_version integer;
alter table epa_entries add constraint epa_entries_seal_ck check ((seal is null) = (key_version is null));
alter table epa_records add column head_seal varchar(64);
alter table epa_records add column head_key_version integer;
