-- Reviews as they are held: what became of each action of the review before (done, carried
-- forward or dropped), which of a review's actions were carried forward, and the comments the
-- apprentice and the line manager add when they sign.

alter table progress_reviews add column apprentice_comment varchar(1000);
alter table progress_reviews add column manager_comment varchar(1000);

alter table progress_review_actions add column carried_forward boolean default false not null;

create table progress_review_follow_ups (
    review_id   bigint       not null,
    position    integer      not null,
    description varchar(500) not null,
    target_date date         not null,
    outcome     varchar(15)  not null,
    constraint progress_review_follow_ups_pk primary key (review_id, position),
    constraint progress_review_follow_ups_review_fk foreign key (review_id) references progress_reviews (id),
    constraint progress_review_follow_ups_outcome_ck check (outcome in ('DONE', 'CARRIED_FORWARD', 'DROPPED'))
);
