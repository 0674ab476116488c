-- What the coach's home needs about each apprentice, kept in the summary beside the at-risk
-- figures so that the page reads one row an apprentice instead of their evidence, reviews and
-- off-the-job entries: how many pieces of evidence wait for review, the date of the review
-- scheduled and not yet held, and the off-the-job entries waiting for approval (how many, the
-- earliest training date among them, and when the first of them was recorded, which orders the
-- coach's list). The rows already there are worked out again when the application starts, as
-- the rules' revision they were worked out with changed.

alter table apprentice_summaries add column evidence_waiting integer not null default 0;
alter table apprentice_summaries add column next_review_scheduled date;
alter table apprentice_summaries add column otj_awaiting_entries integer not null default 0;
alter table apprentice_summaries add column otj_awaiting_earliest date;
alter table apprentice_summaries add column otj_awaiting_since timestamp with time zone;
