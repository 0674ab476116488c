-- PostgreSQL only: the lists' search by part of an apprentice's name ("%ella%"), now that
-- the name is kept on the apprentice, on a trigram index of the lower-cased name (as V18
-- does for accounts). The embedded H2 default searches its few demo names without one.

create extension if not exists pg_trgm;

create index apprentices_name_trigram_idx on apprentices using gin (lower(name) gin_trgm_ops);
