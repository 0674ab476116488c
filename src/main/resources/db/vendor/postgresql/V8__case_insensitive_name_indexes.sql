-- PostgreSQL only: indexes behind the case-insensitive look-ups by name (organisations,
-- standard versions) and by lower-cased person name. The embedded H2 default has no
-- expression indexes and needs none for its demo data.

create unique index organisations_name_lower_uq on organisations (lower(name));
create unique index standard_versions_name_lower_uq on standard_versions (lower(name));
create index accounts_name_lower_idx on accounts (lower(name));
