-- A KSB import's checked rows and preview, waiting for the administrator who uploaded them to
-- confirm. They are kept here, under a random id, rather than in the session, which every
-- request reads: the session stays small, and the import can be confirmed through any
-- application node. A draft is deleted when it is confirmed, and one left a day unconfirmed
-- when another is made.

create table ksb_import_drafts (
    id         varchar(36)              primary key,
    version_id bigint                   not null,
    account_id bigint                   not null,
    content    bytea                    not null,
    created_at timestamp with time zone not null
);

create index ksb_import_drafts_created on ksb_import_drafts (created_at);
