-- PostgreSQL only: the admin's and the lists' search by part of a name ("%ella%") cannot use
-- a b-tree index; a trigram index on the lower-cased name can. pg_trgm is a trusted extension
-- (PostgreSQL 13 and later), so the database's owner may create it. The embedded H2 default
-- searches its few demo names without one.

create extension if not exists pg_trgm;

create index accounts_name_trigram_idx on accounts using gin (lower(name) gin_trgm_ops);
