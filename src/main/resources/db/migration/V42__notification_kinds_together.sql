-- Every kind of message: those for the coach and the digest (V41) beside those of gateway, the
-- end-point assessment and the evidence conversations (V40), which V41's list left out.

alter table notifications drop constraint notifications_kind_ck;
alter table notifications add constraint notifications_kind_ck check (kind in ('REVIEW_TO_SIGN',
    'REVIEW_TO_SIGN_REMINDER', 'REVIEW_SCHEDULED', 'EVIDENCE_RETURNED', 'EVIDENCE_ACCEPTED', 'HOURS_QUERIED',
    'EVIDENCE_SUBMITTED', 'HOURS_LOGGED', 'WEEKLY_SUMMARY', 'DAILY_DIGEST', 'GATEWAY_DECISION',
    'GATEWAY_DECISION_REMINDER', 'GATEWAY_APPROVED', 'CERTIFICATE_TO_RECORD', 'ASSESSOR_ASSIGNED', 'GRADE_CONFIRMED',
    'CERTIFICATE_ISSUED', 'EVIDENCE_MESSAGE'));
