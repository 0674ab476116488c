-- The programme areas in which each apprentice has accepted evidence: kept by the portfolio in
-- the transaction in which the coach accepts a piece of evidence (accepted evidence never
-- changes), so that readiness for gateway on a list reads at most nine rows an apprentice, not
-- their whole portfolio. Filled here from the evidence already accepted.

create table accepted_areas (
    apprentice_id     bigint not null,
    programme_area_id bigint not null,
    constraint accepted_areas_pk primary key (apprentice_id, programme_area_id),
    constraint accepted_areas_apprentice_fk foreign key (apprentice_id) references apprentices (id),
    constraint accepted_areas_area_fk foreign key (programme_area_id) references programme_areas (id)
);

insert into accepted_areas (apprentice_id, programme_area_id)
select distinct e.apprentice_id, a.programme_area_id
from evidence e join evidence_areas a on a.evidence_id = e.id
where e.status = 'ACCEPTED';

-- The reflective self-assessment of the apprentices on a list, without reading the rest of
-- their evidence.
create index evidence_apprentice_type_idx on evidence (apprentice_id, type, status);

-- The admin's list in name order, a page at a time.
create index accounts_name_idx on accounts (name);
