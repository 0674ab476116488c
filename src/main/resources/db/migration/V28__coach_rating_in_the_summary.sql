-- The coach's own rating of each apprentice's latest progress review held, kept in the summary
-- beside the at-risk figures: the rating and its reason (shown with the flag), and the day the
-- rating counts as a flag from (the day that review was held), null when it does not count. A
-- red rating always counts; an amber one only where hcs.risk.coach-amber-counts is set.
--
-- The rating and reason are filled in here from the reviews already held, and a red rating's
-- day; every row is worked out again when the application starts in any case, as the rules'
-- revision they were worked out with changed (which also sets the amber ones where they count).

alter table apprentice_summaries add column latest_review_rag varchar(5);
alter table apprentice_summaries add column latest_review_reason text;
alter table apprentice_summaries add column coach_rated_from date;
alter table apprentice_summaries add constraint apprentice_summaries_latest_rag_ck
    check (latest_review_rag in ('RED', 'AMBER', 'GREEN'));

-- The latest review held is the last held, the last recorded among those held the same day.
update apprentice_summaries
set latest_review_rag = (select r.rag from progress_reviews r
        where r.apprentice_id = apprentice_summaries.apprentice_id and r.held_on is not null
            and not exists (select 1 from progress_reviews later
                where later.apprentice_id = r.apprentice_id and later.held_on is not null
                    and (later.held_on > r.held_on or (later.held_on = r.held_on and later.id > r.id)))),
    latest_review_reason = (select r.rag_reason from progress_reviews r
        where r.apprentice_id = apprentice_summaries.apprentice_id and r.held_on is not null
            and not exists (select 1 from progress_reviews later
                where later.apprentice_id = r.apprentice_id and later.held_on is not null
                    and (later.held_on > r.held_on or (later.held_on = r.held_on and later.id > r.id)))),
    coach_rated_from = (select case when r.rag = 'RED' then r.held_on end from progress_reviews r
        where r.apprentice_id = apprentice_summaries.apprentice_id and r.held_on is not null
            and not exists (select 1 from progress_reviews later
                where later.apprentice_id = r.apprentice_id and later.held_on is not null
                    and (later.held_on > r.held_on or (later.held_on = r.held_on and later.id > r.id))));
