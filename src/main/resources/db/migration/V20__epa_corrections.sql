-- A result recorded before the grade is confirmed is never replaced: it is corrected, with a
-- reason, by an entry of its own kind that keeps the element, attempt and date of the result it
-- corrects (the original stays in the history beside it).

alter table epa_entries drop constraint epa_entries_kind_ck;
alter table epa_entries add constraint epa_entries_kind_ck check (kind in ('RESULT', 'CORRECTION', 'AMENDMENT',
    'CONFIRMATION', 'CERTIFICATE_REQUESTED', 'CERTIFICATE_ISSUED'));
alter table epa_entries drop constraint epa_entries_result_ck;
alter table epa_entries add constraint epa_entries_result_ck check (kind not in ('RESULT', 'CORRECTION', 'AMENDMENT')
    or (element is not null and attempt is not null and attempt > 0 and grade is not null and on_date is not null));
alter table epa_entries drop constraint epa_entries_reason_ck;
alter table epa_entries add constraint epa_entries_reason_ck check (kind not in ('CORRECTION', 'AMENDMENT')
    or notes is not null);
