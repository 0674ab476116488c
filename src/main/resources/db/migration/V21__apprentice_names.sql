-- The names the lists and an apprentice's page show about the people and organisations
-- around each apprentice, kept on the apprentice: the apprentice's own name and email
-- address, their employer, line manager, coach, EPAO and assessor. The programme's queries
-- then read only its own tables. Each name is set with its id and updated in the
-- transaction that renames the account or organisation.

alter table apprentices add column name varchar(200);
alter table apprentices add column email varchar(254);
alter table apprentices add column employer_name varchar(200);
alter table apprentices add column line_manager_name varchar(200);
alter table apprentices add column coach_name varchar(200);
alter table apprentices add column epao_name varchar(200);
alter table apprentices add column assessor_name varchar(200);

update apprentices set
    name = (select a.name from accounts a where a.id = apprentices.account_id),
    email = (select a.email from accounts a where a.id = apprentices.account_id),
    employer_name = (select o.name from organisations o where o.id = apprentices.employer_id),
    line_manager_name = (select a.name from accounts a where a.id = apprentices.line_manager_id),
    coach_name = (select a.name from accounts a where a.id = apprentices.coach_id),
    epao_name = (select o.name from organisations o where o.id = apprentices.epao_id),
    assessor_name = (select a.name from accounts a where a.id = apprentices.assessor_id);

alter table apprentices alter column name set not null;
alter table apprentices alter column email set not null;
alter table apprentices alter column employer_name set not null;
alter table apprentices alter column line_manager_name set not null;
alter table apprentices alter column coach_name set not null;

-- The lists' order by name (then id), on both databases.
create index apprentices_name_idx on apprentices (name, id);
