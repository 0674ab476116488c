-- A query stays in the entry's history once the entry is amended and approved: when it was made
-- (the reason already has its column, no longer cleared by the approval).

alter table off_the_job_entries add column queried_at timestamp with time zone;

update off_the_job_entries set queried_at = decided_at where status = 'QUERIED';
