-- What the lists of apprentices are scoped, filtered and ordered by, copied onto each summary
-- from the apprentice: the employer, coach and line manager, the status and the name. A list
-- then ranks and pages the summaries of its scope alone, on an index, and reads the apprentices
-- of its page only. Written with the rest of the summary whenever it is worked out (every change
-- to the apprentice, a caseload move included) and updated with the apprentice's copied name
-- when the people module renames someone.

alter table apprentice_summaries add column employer_id bigint;
alter table apprentice_summaries add column coach_id bigint;
alter table apprentice_summaries add column line_manager_id bigint;
alter table apprentice_summaries add column status varchar(20);
alter table apprentice_summaries add column name varchar(200);

update apprentice_summaries set
    employer_id = (select ap.employer_id from apprentices ap where ap.id = apprentice_summaries.apprentice_id),
    coach_id = (select ap.coach_id from apprentices ap where ap.id = apprentice_summaries.apprentice_id),
    line_manager_id = (select ap.line_manager_id from apprentices ap where ap.id = apprentice_summaries.apprentice_id),
    status = (select ap.status from apprentices ap where ap.id = apprentice_summaries.apprentice_id),
    name = (select ap.name from apprentices ap where ap.id = apprentice_summaries.apprentice_id);

alter table apprentice_summaries alter column employer_id set not null;
alter table apprentice_summaries alter column coach_id set not null;
alter table apprentice_summaries alter column line_manager_id set not null;
alter table apprentice_summaries alter column status set not null;
alter table apprentice_summaries alter column name set not null;

-- The coach's caseload and the organisation's list, each in name order within its scope.
create index apprentice_summaries_coach_idx on apprentice_summaries (coach_id, name, apprentice_id);
create index apprentice_summaries_employer_idx on apprentice_summaries (employer_id, name, apprentice_id);
