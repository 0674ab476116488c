-- Whether the line manager signed a progress review from the one-time link emailed to them
-- rather than signed in; shown with their signature.

alter table progress_reviews add column manager_signed_from_link boolean default false not null;
