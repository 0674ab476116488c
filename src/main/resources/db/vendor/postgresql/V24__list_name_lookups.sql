-- PostgreSQL only: the lists of apprentices (the coach's caseload, the line manager's list)
-- look up a name for each apprentice they rank and for the coach and line manager of each row
-- shown. With the name in the index the look-ups are index-only, so that for a caseload of a few
-- dozen the planner probes the index row by row instead of reading and hashing every account
-- (measured on the benchmark's 5,000 apprentices, best of 15 on a busy machine: the caseload's
-- page from 1.3-2 ms to about 1 ms of execution). The embedded H2 default has too few accounts
-- to need it.

create index accounts_id_name_idx on accounts (id) include (name);
