-- The one-time emailed links serve two things now: signing a progress review, and the line
-- manager's gateway decision. Each link names what it is for; a gateway link is bound to the
-- apprentice whose decision waits, and to the line manager, and opens nothing else.

alter table review_sign_links rename to sign_links;
alter table sign_links rename constraint review_sign_links_token_hash_uq to sign_links_token_hash_uq;
alter table sign_links rename constraint review_sign_links_review_fk to sign_links_review_fk;
alter table sign_links rename constraint review_sign_links_account_fk to sign_links_account_fk;
alter table sign_links rename constraint review_sign_links_expiry_ck to sign_links_expiry_ck;
alter index review_sign_links_review_idx rename to sign_links_review_idx;

alter table sign_links add column subject varchar(20) default 'REVIEW' not null;
alter table sign_links alter column review_id drop not null;
alter table sign_links add constraint sign_links_subject_ck check (
    (subject = 'REVIEW' and review_id is not null) or (subject = 'GATEWAY' and review_id is null));

-- Whether the line manager took a gateway decision from the one-time link emailed to them
-- rather than signed in; shown with the decision.
alter table gateway_decisions add column from_emailed_link boolean default false not null;
