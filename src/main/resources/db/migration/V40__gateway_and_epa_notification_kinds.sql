-- The outbox's messages of gateway, end-point assessment and evidence conversations: a gateway
-- decision waiting and its reminders, gateway approved, a certificate to record, an assessor
-- assigned, the grade confirmed, the certificate issued, and a new message on evidence.

alter table notifications drop constraint notifications_kind_ck;
alter table notifications add constraint notifications_kind_ck check (kind in ('REVIEW_TO_SIGN',
    'REVIEW_TO_SIGN_REMINDER', 'REVIEW_SCHEDULED', 'EVIDENCE_RETURNED', 'EVIDENCE_ACCEPTED', 'HOURS_QUERIED',
    'GATEWAY_DECISION', 'GATEWAY_DECISION_REMINDER', 'GATEWAY_APPROVED', 'CERTIFICATE_TO_RECORD',
    'ASSESSOR_ASSIGNED', 'GRADE_CONFIRMED', 'CERTIFICATE_ISSUED', 'EVIDENCE_MESSAGE'));
