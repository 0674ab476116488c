-- The coach hears of evidence submitted and hours logged by their apprentices, and gets a weekly
-- summary of those at risk; a daily digest gathers the messages each person chose to receive so.

alter table notifications drop constraint notifications_kind_ck;
alter table notifications add constraint notifications_kind_ck check (kind in ('REVIEW_TO_SIGN',
    'REVIEW_TO_SIGN_REMINDER', 'REVIEW_SCHEDULED', 'EVIDENCE_RETURNED', 'EVIDENCE_ACCEPTED', 'HOURS_QUERIED',
    'EVIDENCE_SUBMITTED', 'HOURS_LOGGED', 'WEEKLY_SUMMARY', 'DAILY_DIGEST'));
