-- A scheduled progress review has a time and a place or an online link, and can be
-- cancelled by the coach with a reason. Reviews scheduled before this change keep no
-- time or place. A review held or cancelled is no longer open.
alter table progress_reviews add column scheduled_time time;
alter table progress_reviews add column place varchar(200);
alter table progress_reviews add column online_link varchar(500);
alter table progress_reviews add column cancelled_by bigint;
alter table progress_reviews add column cancelled_at timestamp with time zone;
alter table progress_reviews add column cancel_reason varchar(1000);

alter table progress_reviews add constraint progress_reviews_cancelled_by_fk
    foreign key (cancelled_by) references accounts (id);
alter table progress_reviews add constraint progress_reviews_cancelled_ck
    check (cancelled_at is null or (held_on is null and cancel_reason is not null and cancelled_by is not null));
alter table progress_reviews add constraint progress_reviews_link_ck
    check (online_link is null or online_link like 'https://%');
