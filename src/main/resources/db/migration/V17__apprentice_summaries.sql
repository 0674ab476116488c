-- What the lists of apprentices need about each one, kept in the transaction of every change
-- that affects it: the figures the at-risk flags are worked out from, and the first day on
-- which each time-driven flag is raised (null when it cannot be on the facts as they are), so
-- that a list compares them with today for its own rows only. `rules` names the settings the
-- dates were worked out with; rows worked out with other settings are worked out again when the
-- application starts. Derived data: the admin can rebuild every row from the records.

create table apprentice_summaries (
    apprentice_id         bigint        not null primary key,
    counted_otj_hours     numeric(8, 2) not null,
    last_submitted        date,
    oldest_waiting_since  date,
    last_review_held      date,
    review_overdue_from   date,
    otj_behind_from       date,
    evidence_waiting_from date,
    no_evidence_from      date          not null,
    past_end_from         date          not null,
    rules                 varchar(64)   not null,
    constraint apprentice_summaries_apprentice_fk foreign key (apprentice_id) references apprentices (id)
);
