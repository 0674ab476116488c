-- A training provider at full size, generated set-based into a freshly migrated database for
-- the page benchmark (PageBenchmark, ProviderScaleData): 5,000 apprentices at 12 employers, 120
-- coaches, about 148 pieces of evidence and 240 off-the-job entries per apprentice on average,
-- progress reviews every 12 weeks, gateway for those who reached it. Dates are relative to
-- params.today (the application's clock); nothing is dated more than 36 months before it, but
-- the maths and English qualifications apprentices held before they started.
--
-- Conventions: the caller creates the temporary table params (today, now_at, password_hash,
-- evidence_per, otj_per) first. Each "-- step:" is timed on its own; statements end with a
-- semicolon at the end of a line and are run one at a time on one connection (the bench_*
-- temporary tables live as long as it). Random choices come from random() after setseed(), so
-- a run on the same day makes the same data. Activity dates fall on working days, counted from
-- each start date (always a Monday): working day w is start + 7 * (w / 5) + w % 5.
--
-- Left out on purpose: the audit trail, evidence files, password links, and EPA records (the
-- EPA history is sealed with a key, so it is only ever written through the application). Those
-- in EPA have an assessor and no results yet.

-- step: session settings
set max_parallel_workers_per_gather = 0;
set work_mem = '256MB';
set maintenance_work_mem = '512MB';
set synchronous_commit = off;
select setseed(0.2026);

-- step: organisations, standards and KSB statements
create temp table bench_employers (
    ord           int primary key,
    name          varchar(200) not null,
    domain        varchar(40)  not null,
    size          int          not null,
    line_managers int          not null,
    id            bigint
);
-- The first trust employs 735; its first line manager manages 60 of them and 45 others 15 each.
insert into bench_employers (ord, name, domain, size, line_managers) values
    (1, 'Northshore Teaching Hospitals NHS Foundation Trust', 'northshore', 735, 46),
    (2, 'Calder Valley Pathology Partnership', 'caldervalley', 620, 40),
    (3, 'Mersey and Dee University Hospitals NHS Trust', 'merseydee', 540, 34),
    (4, 'South Pennine Acute Hospitals NHS Foundation Trust', 'southpennine', 480, 30),
    (5, 'Humber Coast Healthcare NHS Trust', 'humbercoast', 450, 28),
    (6, 'Wensleydale and Swale NHS Foundation Trust', 'wensleydale', 400, 25),
    (7, 'Tyne Estuary Hospitals NHS Foundation Trust', 'tyneestuary', 380, 24),
    (8, 'East Midlands Genomic Laboratory Hub', 'emglh', 340, 22),
    (9, 'Solent Shore University Hospitals NHS Trust', 'solentshore', 300, 19),
    (10, 'Severn Vale NHS Foundation Trust', 'severnvale', 290, 18),
    (11, 'Fenland and Ouse Hospitals NHS Trust', 'fenlandouse', 260, 17),
    (12, 'Thames Gateway Pathology Services', 'thamesgateway', 205, 13);
insert into organisations (name, type, created_at)
select 'Pennine Healthcare Science Academy', 'TRAINING_PROVIDER', p.now_at - interval '36 months' from params p
union all
select e.name, 'EMPLOYER', p.now_at - interval '36 months' + e.ord * interval '1 hour' from bench_employers e, params p
union all
select v.name, 'EPAO', p.now_at - interval '36 months'
from (values ('Meridian End-Point Assessment Ltd'), ('Healthcare Science Assessment Partnership')) v(name), params p;
update bench_employers e set id = o.id from organisations o where o.name = e.name;
create temp table bench_epaos as
select row_number() over (order by o.name)::int no, o.id, o.name,
    case when o.name like 'Meridian%' then 'meridian-epa.test' else 'hsap.test' end domain
from organisations o where o.type = 'EPAO';
insert into standard_versions (name, created_at)
select 'ST0220 v1.0', now_at - interval '36 months' from params
union all
select 'ST0220 v1.1', now_at - interval '22 months' from params;
create temp table bench_ksb_text (area int, type varchar(20), prefix char(1), statement varchar(300));
insert into bench_ksb_text values
    (1, 'KNOWLEDGE', 'K', 'The principles of person-centred care and how to apply them in healthcare science'),
    (1, 'SKILL', 'S', 'Communicate with patients, carers and colleagues clearly, adapting to their needs'),
    (1, 'BEHAVIOUR', 'B', 'Treat people with dignity and respect, as the NHS Constitution sets out'),
    (2, 'KNOWLEDGE', 'K', 'How to reflect on practice and plan your own learning and development'),
    (2, 'SKILL', 'S', 'Keep a record of continuing professional development and act on feedback'),
    (2, 'BEHAVIOUR', 'B', 'Take responsibility for your own learning and seek feedback from others'),
    (3, 'KNOWLEDGE', 'K', 'Health and safety law, risk assessment and COSHH as they apply to the workplace'),
    (3, 'SKILL', 'S', 'Work safely, follow infection prevention and control procedures and report incidents'),
    (3, 'BEHAVIOUR', 'B', 'Raise concerns about safety promptly and openly'),
    (4, 'KNOWLEDGE', 'K', 'Quality management systems, internal quality control and external quality assessment'),
    (4, 'SKILL', 'S', 'Carry out and record quality control, and act when results fall outside limits'),
    (4, 'BEHAVIOUR', 'B', 'Work to standard operating procedures and be accountable for the quality of your work'),
    (5, 'KNOWLEDGE', 'K', 'The scientific principles behind the tests and procedures of your specialism'),
    (5, 'SKILL', 'S', 'Perform the technical and scientific procedures of your specialism to the required standard'),
    (5, 'BEHAVIOUR', 'B', 'Work accurately and with attention to detail'),
    (6, 'KNOWLEDGE', 'K', 'How your specialism contributes to the diagnosis, treatment and care of patients'),
    (6, 'SKILL', 'S', 'Prepare patients and support them during procedures within your scope of practice'),
    (6, 'BEHAVIOUR', 'B', 'Recognise the limits of your competence and ask for help when needed'),
    (7, 'KNOWLEDGE', 'K', 'Audit methods and how they are used to improve services'),
    (7, 'SKILL', 'S', 'Take part in audit and service improvement, and present the findings'),
    (7, 'BEHAVIOUR', 'B', 'Look for ways to improve the service and share them'),
    (8, 'KNOWLEDGE', 'K', 'How research and innovation improve healthcare science and outcomes for patients'),
    (8, 'SKILL', 'S', 'Find, read and summarise evidence relevant to your practice'),
    (8, 'BEHAVIOUR', 'B', 'Be open to new ways of working that evidence supports'),
    (9, 'KNOWLEDGE', 'K', 'Leadership styles and how teams work well together'),
    (9, 'SKILL', 'S', 'Support and guide less experienced colleagues and visitors'),
    (9, 'BEHAVIOUR', 'B', 'Act as a positive role model for colleagues');
insert into ksbs (standard_version_id, code, type, programme_area_id, statement, created_at)
select sv.id, t.prefix || t.area, t.type, pa.id, t.statement, sv.created_at
from standard_versions sv cross join bench_ksb_text t join programme_areas pa on pa.number = t.area
order by sv.id, t.area, t.prefix desc;
create temp table bench_ksb_pick as
select k.standard_version_id, pa.number area,
    row_number() over (partition by k.standard_version_id, pa.number order by k.code)::int idx, k.id ksb_id
from ksbs k join programme_areas pa on pa.id = k.programme_area_id;

-- step: staff accounts
create temp table bench_pools as select
    array['Olivia', 'Amelia', 'Isla', 'Ava', 'Mia', 'Grace', 'Freya', 'Lily', 'Sophie', 'Emily', 'Chloe', 'Ella',
        'Hannah', 'Zara', 'Aisha', 'Priya', 'Fatima', 'Maryam', 'Amira', 'Niamh', 'Siobhan', 'Megan', 'Rhiannon',
        'Bethan', 'Caitlin', 'Jessica', 'Lucy', 'Holly', 'Eleanor', 'Charlotte', 'Ruby', 'Poppy', 'Evie', 'Layla',
        'Anaya', 'Sana', 'Ayesha', 'Jasmine', 'Leah', 'Erin', 'Oliver', 'George', 'Harry', 'Noah', 'Jack', 'Leo',
        'Arthur', 'Oscar', 'Charlie', 'Jacob', 'Thomas', 'James', 'William', 'Joshua', 'Daniel', 'Samuel', 'Ryan',
        'Liam', 'Connor', 'Callum', 'Owen', 'Rhys', 'Dylan', 'Ethan', 'Lewis', 'Adam', 'Mohammed', 'Muhammad', 'Yusuf',
        'Ibrahim', 'Omar', 'Ali', 'Hassan', 'Arjun', 'Rohan', 'Aarav', 'Kwame', 'Kofi', 'Tobi', 'Chidi', 'Tomasz',
        'Jakub', 'Mateusz', 'Luca', 'Marco', 'Andrei', 'Ciaran', 'Finlay', 'Kieran', 'Nathan'] first_names,
    array['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson', 'Wright',
        'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson', 'Clarke', 'Patel',
        'Khan', 'Ahmed', 'Hussain', 'Ali', 'Begum', 'Shah', 'Singh', 'Kaur', 'Sharma', 'Okafor', 'Adeyemi', 'Mensah',
        'Osei', 'Nwosu', 'Campbell', 'Murray', 'Kelly', 'O''Brien', 'O''Connor', 'Murphy', 'Byrne', 'Lewis', 'Hughes',
        'Edwards', 'Morgan', 'Price', 'Griffiths', 'Lloyd', 'Jenkins', 'Thomas', 'Harris', 'Martin', 'Cooper', 'Ward',
        'Morris', 'Turner', 'Hill', 'Moore', 'King', 'Baker', 'Harrison', 'Scott', 'Young', 'Mitchell', 'Phillips',
        'Carter', 'Watson', 'Bennett', 'Kowalski', 'Nowak', 'Rossi', 'Chen', 'Wong', 'Li', 'Nguyen', 'Ellis', 'Grant',
        'Marsh', 'Fletcher'] last_names;
create temp table bench_staff (
    role            varchar(20)  not null,
    no              int          not null,
    organisation_id bigint       not null,
    employer_ord    int,
    domain          varchar(60)  not null,
    name            varchar(200) not null,
    email           varchar(254),
    account_id      bigint
);
insert into bench_staff (role, no, organisation_id, domain, name, email)
select 'ADMIN', v.no, o.id, 'pennine-academy.test', v.name, v.email
from organisations o,
    (values (1, 'Helen Marsh', 'helen.marsh@pennine-academy.test'),
        (2, 'Samir Qureshi', 'samir.qureshi@pennine-academy.test')) v(no, name, email)
where o.type = 'TRAINING_PROVIDER';
insert into bench_staff (role, no, organisation_id, domain, name, email)
select 'COACH', g, o.id, 'pennine-academy.test',
    case when g = 1 then 'Aisha Rahman'
        else pl.first_names[1 + floor(random() * cardinality(pl.first_names))::int] || ' '
            || pl.last_names[1 + floor(random() * cardinality(pl.last_names))::int] end,
    case when g = 1 then 'aisha.rahman@pennine-academy.test' end
from organisations o, bench_pools pl, generate_series(1, 120) g
where o.type = 'TRAINING_PROVIDER';
insert into bench_staff (role, no, organisation_id, employer_ord, domain, name, email)
select 'EMPLOYER', g, e.id, e.ord, e.domain || '.nhs.test',
    case when e.ord = 1 and g = 1 then 'David Clarke'
        else pl.first_names[1 + floor(random() * cardinality(pl.first_names))::int] || ' '
            || pl.last_names[1 + floor(random() * cardinality(pl.last_names))::int] end,
    case when e.ord = 1 and g = 1 then 'david.clarke@northshore.nhs.test' end
from bench_employers e cross join lateral generate_series(1, e.line_managers) g, bench_pools pl;
insert into bench_staff (role, no, organisation_id, domain, name)
select 'ASSESSOR', g, ep.id, ep.domain,
    pl.first_names[1 + floor(random() * cardinality(pl.first_names))::int] || ' '
        || pl.last_names[1 + floor(random() * cardinality(pl.last_names))::int]
from bench_epaos ep, bench_pools pl, generate_series(1, 8) g;
update bench_staff set email = lower(regexp_replace(regexp_replace(name, '[^A-Za-z ]', '', 'g'), ' +', '.', 'g'))
    || '.' || no || '@' || domain
where email is null;
insert into accounts (email, name, role, organisation_id, enabled, password_hash, created_at)
select s.email, s.name, s.role, s.organisation_id, true, p.password_hash,
    p.now_at - interval '36 months' + interval '1 day' + (s.no % 4) * interval '1 day'
from bench_staff s, params p
order by s.role, s.organisation_id, s.no;
update bench_staff s set account_id = a.id from accounts a where a.email = s.email;

-- step: apprentice plan
-- One row per apprentice with everything the later steps derive from: status and its dates,
-- working days of activity (w), pace (1 = on plan), counts of evidence and off-the-job entries.
create temp table bench_plan as
with slots as (
    select e.ord employer_ord, e.id employer_id, e.line_managers, k
    from bench_employers e cross join lateral generate_series(1, e.size) k
), shuffled as (
    select s.*, random() u_order, random() u1, random() u2, random() u3, random() u4, random() u5, random() u6,
        random() u7, random() u8, random() u9, random() u10
    from slots s
)
select row_number() over (order by u_order)::int n, employer_ord, employer_id,
    case when employer_ord = 1 then (case when k <= 60 then 1 else 2 + (k - 61) % 45 end)
        else 1 + k % line_managers end lm_no,
    u1, u2, u3, u4, u5, u6, u7, u8, u9, u10
from shuffled;
alter table bench_plan add column status varchar(20), add column returned boolean, add column stalled boolean,
    add column skip_review boolean, add column age int, add column start_date date, add column break_from date,
    add column break_weeks int not null default 0, add column withdrawn_on date, add column gateway_on date,
    add column assessor_on date, add column epao_on date, add column act_end date, add column review_end date,
    add column planned_end date, add column planned_hours numeric(6, 2), add column w int, add column wb int,
    add column pace numeric, add column n_evidence int, add column n_otj int, add column otj_h0 numeric,
    add column ev_drafts int, add column ev_waiting int, add column otj_waiting int, add column coach_no int,
    add column division_code varchar(40), add column version_name varchar(60), add column epao_no int,
    add column assessor_no int, add column name varchar(200), add column email varchar(254),
    add column uln varchar(10), add column account_id bigint, add column apprentice_id bigint,
    add column coach_id bigint, add column coach_name varchar(200), add column lm_id bigint,
    add column lm_name varchar(200), add column assessor_id bigint, add column assessor_name varchar(200),
    add column epao_id bigint, add column epao_name varchar(200), add column division_id bigint,
    add column standard_version_id bigint, add column enrolled_at timestamptz;
update bench_plan set status = case
    when u1 < 0.08 then 'WITHDRAWN'
    when u1 < 0.12 then 'BREAK_IN_LEARNING'
    when u1 < 0.15 then 'GATEWAY'
    when u1 < 0.18 then 'IN_EPA'
    else 'ON_PROGRAMME' end;
update bench_plan set returned = (status = 'ON_PROGRAMME' and u3 < 0.08);
update bench_plan set age = case status
    when 'ON_PROGRAMME' then (case when returned then 200 + floor(u2 * 545) else 21 + floor(u2 * 745) end)
    when 'BREAK_IN_LEARNING' then 150 + floor(u2 * 560)
    when 'WITHDRAWN' then 60 + floor(u2 * 1000)
    when 'GATEWAY' then 735 + floor(u2 * 110)
    else 780 + floor(u2 * 280) end;
update bench_plan b set start_date = p.today - b.age from params p;
update bench_plan set start_date = start_date - (extract(isodow from start_date)::int - 1);
update bench_plan b set stalled = (b.status = 'ON_PROGRAMME' and not b.returned and p.today - b.start_date >= 150
        and b.u4 < 0.06),
    skip_review = (b.status = 'ON_PROGRAMME' and b.u5 < 0.08)
from params p;
update bench_plan b set break_from = case
        when b.status = 'BREAK_IN_LEARNING' then greatest(b.start_date + 63, p.today - 14 - floor(b.u3 * 170)::int)
        when b.returned then b.start_date + 7 * floor((0.3 + 0.3 * b.u6) * (p.today - b.start_date) / 7)::int end
from params p;
update bench_plan set break_from = break_from - (extract(isodow from break_from)::int - 1)
where status = 'BREAK_IN_LEARNING';
update bench_plan b set break_weeks = least(4 + floor(b.u7 * 12)::int, (p.today - 14 - b.break_from) / 7)
from params p where b.returned;
update bench_plan b set withdrawn_on = b.start_date + 30
        + floor(b.u3 * (least(p.today - b.start_date, 730) - 31))::int
from params p where b.status = 'WITHDRAWN';
update bench_plan b set gateway_on = least(b.start_date + 700 + floor(b.u3 * 35)::int, p.today - 3)
from params p where b.status in ('GATEWAY', 'IN_EPA');
update bench_plan set assessor_on = gateway_on + 7 + floor(u7 * 30)::int where status = 'IN_EPA';
update bench_plan b set act_end = case b.status
        when 'ON_PROGRAMME' then (case when b.stalled then p.today - 63 - floor(b.u7 * 56)::int else p.today end)
        when 'BREAK_IN_LEARNING' then b.break_from
        when 'WITHDRAWN' then greatest(b.start_date + 14, b.withdrawn_on - floor(b.u7 * 45)::int)
        else b.gateway_on - 3 end,
    review_end = case b.status
        when 'ON_PROGRAMME' then p.today
        when 'BREAK_IN_LEARNING' then b.break_from
        when 'WITHDRAWN' then b.withdrawn_on
        else b.gateway_on end
from params p;
update bench_plan set
    w = 5 * ((act_end - start_date) / 7) + least(5, (act_end - start_date) % 7) - 5 * break_weeks,
    wb = case when returned then 5 * ((break_from - start_date) / 7) end,
    planned_end = (start_date + interval '24 months')::date + 7 * break_weeks,
    planned_hours = 420 + 20 * (n % 4),
    pace = 0.88 + 0.3 * u9;
update bench_plan b set
    n_evidence = greatest(1, round(b.w * b.pace * p.evidence_per * 5000 / t.weight))::int,
    n_otj = greatest(1, round(b.w * b.pace * p.otj_per * 5000 / t.weight))::int,
    otj_h0 = b.planned_hours / (p.otj_per * 5000 / t.weight * 522)
from params p, (select sum(w * pace) weight from bench_plan) t;
update bench_plan set
    ev_drafts = case when status in ('ON_PROGRAMME', 'WITHDRAWN') then floor(u10 * 3)::int else 0 end,
    ev_waiting = case when status = 'ON_PROGRAMME' and not stalled then floor(u6 * 6)::int
        when status = 'BREAK_IN_LEARNING' then floor(u6 * 3)::int else 0 end,
    otj_waiting = case when status = 'ON_PROGRAMME' and not stalled then floor(u4 * 7)::int
        when status = 'BREAK_IN_LEARNING' then floor(u4 * 2)::int else 0 end;
-- The coach with 45: picked at random across the employers; the other 119 share the rest.
update bench_plan set coach_no = 1 where n in (select n from bench_plan order by random() limit 45);
update bench_plan b set coach_no = 2 + (x.rn % 119)
from (select n, row_number() over (order by n) rn from bench_plan where coach_no is null) x
where b.n = x.n;
update bench_plan b set
    division_code = case when b.u8 < 0.40 then 'LIFE_SCIENCES' when b.u8 < 0.65 then 'PHYSIOLOGICAL_SCIENCES'
        when b.u8 < 0.80 then 'PHYSICAL_SCIENCES' when b.u8 < 0.92 then 'CLINICAL_ENGINEERING'
        else 'CLINICAL_BIOINFORMATICS' end,
    version_name = case when b.start_date < p.today - 600 then 'ST0220 v1.0' else 'ST0220 v1.1' end,
    epao_no = case when b.status in ('GATEWAY', 'IN_EPA') then 1 + b.n % 2
        when b.status in ('ON_PROGRAMME', 'BREAK_IN_LEARNING') and p.today - b.start_date > 420 and b.u5 > 0.4
            then 1 + b.n % 2 end,
    assessor_no = case when b.status = 'IN_EPA' then 1 + b.n % 8 end
from params p;
update bench_plan set epao_on = start_date + 380 + n % 30 where epao_no is not null;
update bench_plan b set name = x.name
from (select n, pl.first_names[1 + floor(random() * cardinality(pl.first_names))::int] || ' '
        || pl.last_names[1 + floor(random() * cardinality(pl.last_names))::int] name
    from bench_plan, bench_pools pl) x
where b.n = x.n;
update bench_plan b set email = lower(regexp_replace(regexp_replace(b.name, '[^A-Za-z ]', '', 'g'), ' +', '.', 'g'))
    || b.n || '@' || e.domain || '.nhs.test'
from bench_employers e where e.ord = b.employer_ord;
-- Learner numbers: ten digits passing the national check (weights 10 to 1, remainder 10 by 11).
update bench_plan b set uln = x.uln
from (
    select distinct on (n) n, q || ((21 - s % 11) % 11)::text uln
    from (
        select c.n, c.k, c.q, (select sum(substr(c.q, j, 1)::int * (11 - j)) from generate_series(1, 9) j) s
        from (select n, k, (100000000 + n::bigint * 179951 + k)::text q
            from bench_plan, generate_series(0, 2) k) c
    ) scored
    where (21 - s % 11) % 11 < 10
    order by n, k
) x
where b.n = x.n;
update bench_plan b set coach_id = s.account_id, coach_name = s.name
from bench_staff s where s.role = 'COACH' and s.no = b.coach_no;
update bench_plan b set lm_id = s.account_id, lm_name = s.name
from bench_staff s where s.role = 'EMPLOYER' and s.employer_ord = b.employer_ord and s.no = b.lm_no;
update bench_plan b set epao_id = e.id, epao_name = e.name from bench_epaos e where e.no = b.epao_no;
update bench_plan b set assessor_id = s.account_id, assessor_name = s.name
from bench_staff s where s.role = 'ASSESSOR' and s.organisation_id = b.epao_id and s.no = b.assessor_no;
update bench_plan b set division_id = d.id from divisions d where d.code = b.division_code;
update bench_plan b set standard_version_id = v.id from standard_versions v where v.name = b.version_name;
update bench_plan set enrolled_at = ((start_date - 10)::timestamp + interval '10 hours') at time zone 'Europe/London';

-- step: apprentice accounts and enrolments
insert into accounts (email, name, role, organisation_id, enabled, password_hash, created_at)
select b.email, b.name, 'APPRENTICE', b.employer_id, true, p.password_hash, b.enrolled_at
from bench_plan b, params p
order by b.start_date, b.n;
update bench_plan b set account_id = a.id from accounts a where a.email = b.email;
insert into apprentices (account_id, uln, division_id, standard_version_id, employer_id, line_manager_id, coach_id,
    epao_id, assessor_id, start_date, planned_end_date, planned_otj_hours, status, break_started_on, withdrawn_on,
    created_at, name, email, employer_name, line_manager_name, coach_name, epao_name, assessor_name)
select b.account_id, b.uln, b.division_id, b.standard_version_id, b.employer_id, b.lm_id, b.coach_id, b.epao_id,
    b.assessor_id, b.start_date, b.planned_end, b.planned_hours, b.status,
    case when b.status = 'BREAK_IN_LEARNING' then b.break_from end,
    b.withdrawn_on, b.enrolled_at, b.name, b.email, o.name, b.lm_name, b.coach_name,
    case when b.epao_id is not null then b.epao_name end,
    case when b.assessor_id is not null then b.assessor_name end
from bench_plan b join organisations o on o.id = b.employer_id
order by b.start_date, b.n;
update bench_plan b set apprentice_id = a.id from apprentices a where a.account_id = b.account_id;
create index bench_plan_n_idx on bench_plan (n);
analyze bench_plan;

-- step: timeline events
insert into apprentice_events (apprentice_id, kind, occurred_on, recorded_at, from_status, to_status, detail,
    actor_account_id, actor)
select e.apprentice_id, e.kind, e.occurred_on,
    coalesce(e.recorded_at, least(((e.occurred_on)::timestamp + interval '11 hours' + e.minutes * interval '1 minute') at time zone 'Europe/London',
        p.now_at - interval '1 hour')),
    e.from_status, e.to_status, e.detail, e.actor_id, e.actor
from (
    select b.apprentice_id, 1 seq, 'ENROLLED' kind, b.start_date occurred_on, 0 minutes, null from_status,
        'ON_PROGRAMME' to_status, null detail, a.account_id actor_id, a.name actor, b.enrolled_at recorded_at
    from bench_plan b, bench_staff a where a.role = 'ADMIN' and a.no = 1
    union all
    select b.apprentice_id, 2, 'EPAO_CHOSEN', b.epao_on, b.n % 300, null, null, 'none → ' || b.epao_name,
        a.account_id, a.name, null
    from bench_plan b, bench_staff a where a.role = 'ADMIN' and a.no = 1 and b.epao_on is not null
    union all
    select b.apprentice_id, 3, 'BREAK_STARTED', b.break_from, b.n % 300, 'ON_PROGRAMME', 'BREAK_IN_LEARNING',
        (array['Maternity leave', 'Long-term sickness absence', 'Caring responsibilities',
            'Secondment to another department'])[1 + b.n % 4],
        a.account_id, a.name, null
    from bench_plan b, bench_staff a where a.role = 'ADMIN' and a.no = 1 and b.break_from is not null
    union all
    select b.apprentice_id, 4, 'RETURNED_FROM_BREAK', b.break_from + 7 * b.break_weeks, b.n % 300,
        'BREAK_IN_LEARNING', 'ON_PROGRAMME',
        'Break of ' || (7 * b.break_weeks) || ' days; planned end date '
            || (b.planned_end - 7 * b.break_weeks) || ' → ' || b.planned_end,
        a.account_id, a.name, null
    from bench_plan b, bench_staff a where a.role = 'ADMIN' and a.no = 1 and b.returned
    union all
    select b.apprentice_id, 5, 'WITHDRAWN', b.withdrawn_on, b.n % 300, 'ON_PROGRAMME', 'WITHDRAWN',
        (array['Left the Trust for a post in another region', 'Left the programme for personal reasons',
            'Moved to a role outside healthcare science', 'Started a full-time degree'])[1 + b.n % 4],
        a.account_id, a.name, null
    from bench_plan b, bench_staff a where a.role = 'ADMIN' and a.no = 1 and b.status = 'WITHDRAWN'
    union all
    select b.apprentice_id, 6, 'GATEWAY_APPROVED', b.gateway_on, b.n % 300, 'ON_PROGRAMME', 'GATEWAY',
        'EPAO: ' || b.epao_name, b.lm_id, b.lm_name, null
    from bench_plan b where b.gateway_on is not null
    union all
    select b.apprentice_id, 7, 'ASSESSOR_ASSIGNED', b.assessor_on, b.n % 300, 'GATEWAY', 'IN_EPA',
        b.assessor_name || ' (' || b.epao_name || ')', a.account_id, a.name, null
    from bench_plan b, bench_staff a where a.role = 'ADMIN' and a.no = 1 and b.assessor_on is not null
) e, params p
order by e.apprentice_id, e.occurred_on, e.seq;

-- step: evidence
create temp table bench_evidence_pool (i int primary key, area int, type varchar(30), title varchar(150),
    description varchar(400));
insert into bench_evidence_pool values
    (0, 2, 'REFLECTIVE_SELF_ASSESSMENT', 'My reflective self-assessment', 'How my work meets each part of the standard, what I would still like to improve, and why I feel ready to move towards gateway.'),
    (1, 1, 'OBSERVATION', 'Explaining a procedure to an anxious patient', 'My line manager observed me explain the procedure, check the patient understood it and answer their questions before we started.'),
    (2, 1, 'WITNESS_TESTIMONY', 'Witness statement on supporting a patient with a learning disability', 'A senior colleague describes how I adapted the way I communicated and involved the patient''s carer throughout the appointment.'),
    (3, 1, 'REFLECTIVE_ACCOUNT', 'Reflecting on consent and confidentiality in clinic', 'A relative asked for a patient''s results at the desk. I reflected on how I followed the confidentiality policy and what I said.'),
    (4, 1, 'CASE_STUDY', 'Person-centred care in a busy outpatient clinic', 'I followed one patient through the clinic and found two points where we could better meet their needs.'),
    (5, 2, 'REFLECTIVE_ACCOUNT', 'Reflecting on my progress this quarter', 'I looked back at what I have learned, where I still need practice, and the goals I agreed with my line manager.'),
    (6, 2, 'TRAINING_RECORD', 'Personal development plan review', 'Updated my personal development plan with my coach and line manager, with targets for the next three months.'),
    (7, 2, 'WORKBOOK', 'Continuing professional development log', 'My CPD log for the period: what each activity taught me and how I have used it at work.'),
    (8, 2, 'OTHER', 'Feedback from a peer review of my practice', 'A colleague reviewed my practice. I summarised their feedback and what I will change.'),
    (9, 3, 'TRAINING_RECORD', 'Fire safety and COSHH training', 'Attended the Trust''s mandatory fire safety and COSHH training and passed the assessment.'),
    (10, 3, 'OBSERVATION', 'Safe handling of high-risk specimens', 'Observed receiving and booking in samples from a patient with a suspected infection, following the containment procedure.'),
    (11, 3, 'WORK_PRODUCT', 'Risk assessment for new equipment', 'I drafted the risk assessment for new equipment with the safety lead and briefed the team on its controls.'),
    (12, 3, 'REFLECTIVE_ACCOUNT', 'Reporting a near miss', 'How I reported a near miss on the incident system, and what the team changed afterwards.'),
    (13, 4, 'WORK_PRODUCT', 'Internal quality control records', 'I ran and recorded the daily internal quality control, spotted a drifting control and followed the procedure before releasing results.'),
    (14, 4, 'WORKBOOK', 'External quality assessment returns', 'Prepared our returns for the external quality assessment scheme and went through the performance report with my supervisor.'),
    (15, 4, 'OBSERVATION', 'Following a standard operating procedure under audit', 'Observed by the quality manager during a vertical audit of one of our standard operating procedures.'),
    (16, 4, 'CASE_STUDY', 'Investigating a non-conformance', 'I investigated a non-conformance, found its root cause and recorded the corrective action.'),
    (17, 5, 'OBSERVATION', 'Performing a 12-lead ECG', 'Observed performing a 12-lead ECG, from preparing the patient to checking the trace before handing it to the physiologist.'),
    (18, 5, 'WORK_PRODUCT', 'Calibration and maintenance log', 'Completed the monthly calibration and maintenance log and escalated one result out of tolerance.'),
    (19, 5, 'WORK_PRODUCT', 'Planned preventive maintenance of infusion pumps', 'Completed the maintenance schedule for ward infusion pumps and recorded it in the asset system.'),
    (20, 5, 'OBSERVATION', 'Running the automated sample line', 'Observed loading, monitoring and troubleshooting the automated line during a busy morning.'),
    (21, 6, 'WITNESS_TESTIMONY', 'Supporting ward staff with point-of-care testing', 'The ward sister describes how I supported staff with the blood gas analyser during a busy night.'),
    (22, 6, 'OBSERVATION', 'Supporting a patient through an exercise tolerance test', 'Observed preparing the patient, monitoring them during the test and reporting concerns to the clinician.'),
    (23, 6, 'REFLECTIVE_ACCOUNT', 'How urgent results reach the clinical team', 'I followed a set of urgent results from the analyser to the clinician and reflected on where delays happen.'),
    (24, 6, 'CASE_STUDY', 'A patient''s care pathway', 'I described a patient''s pathway and where our service contributed to their diagnosis and treatment.'),
    (25, 7, 'CASE_STUDY', 'Audit of sample rejection reasons', 'I counted rejected samples over four weeks, grouped them by reason and recommended changes to the team.'),
    (26, 7, 'WORK_PRODUCT', 'Re-audit of reporting times', 'Re-audited turnaround times after the changes we made and presented the results at the department meeting.'),
    (27, 7, 'REFLECTIVE_ACCOUNT', 'My part in a service improvement project', 'What I contributed to the project, what worked and what I would do differently.'),
    (28, 7, 'OTHER', 'Patient survey summary', 'Summarised the results of the service''s patient survey and suggested two improvements.'),
    (29, 8, 'OTHER', 'Literature search on a new method', 'A summary of recent studies on a new method and what they could mean for our service.'),
    (30, 8, 'WORK_PRODUCT', 'Poster for the department meeting', 'A poster on a recent development in the specialism, presented to colleagues.'),
    (31, 8, 'REFLECTIVE_ACCOUNT', 'Journal club presentation', 'I presented a paper at journal club and reflected on the discussion it started.'),
    (32, 8, 'WORKBOOK', 'Evaluating new equipment', 'Helped evaluate new equipment against the current model and recorded the findings.'),
    (33, 9, 'OBSERVATION', 'Leading the weekly equipment check rota', 'Observed organising the weekly checks, sharing out the tasks and following up what was missed.'),
    (34, 9, 'WITNESS_TESTIMONY', 'Supporting a new starter''s induction', 'My manager describes how I guided a new colleague through their first weeks.'),
    (35, 9, 'REFLECTIVE_ACCOUNT', 'Reflecting on a difficult conversation', 'How I handled a disagreement in the team and what I learned about leading by example.'),
    (36, 9, 'WORK_PRODUCT', 'Session for work experience students', 'Planned and delivered a short session for work experience students, with their feedback.');
create temp table bench_evidence as
with items as materialized (
    select b.n, k, b.n_evidence - k + 1 r,
        floor(((k - 1) + random()) * b.w / b.n_evidence)::int wi,
        case when b.status in ('GATEWAY', 'IN_EPA') and k = b.n_evidence then 0
            else 1 + floor(random() * 36)::int end pick,
        random() v1, random() v2, random() v3, random() v4, random() v5, random() v6, random() v7, random() v8
    from bench_plan b cross join lateral generate_series(1, b.n_evidence) k
), dated as (
    select i.*, b.apprentice_id, b.coach_id, b.coach_name, b.standard_version_id,
        b.start_date + 7 * ((i.wi + case when b.wb is not null and i.wi >= b.wb then 5 * b.break_weeks else 0 end) / 5)
            + (i.wi + case when b.wb is not null and i.wi >= b.wb then 5 * b.break_weeks else 0 end) % 5 activity_date,
        case
            when b.status in ('GATEWAY', 'IN_EPA') then 'ACCEPTED'
            when b.status = 'ON_PROGRAMME' and i.r <= b.ev_drafts then 'DRAFT'
            when b.status = 'ON_PROGRAMME' and i.r <= b.ev_drafts + b.ev_waiting then 'SUBMITTED'
            when b.status = 'ON_PROGRAMME' and i.r <= b.ev_drafts + b.ev_waiting + 12 and i.v1 < 0.15 then 'RETURNED'
            when b.status = 'BREAK_IN_LEARNING' and i.r <= b.ev_waiting then 'SUBMITTED'
            when b.status = 'WITHDRAWN' and i.r <= b.ev_drafts then 'DRAFT'
            when b.status = 'WITHDRAWN' and i.r <= b.ev_drafts + 4 and i.v1 < 0.3 then 'RETURNED'
            else 'ACCEPTED' end status
    from items i join bench_plan b on b.n = i.n
)
select nextval(pg_get_serial_sequence('evidence', 'id')) id, d.apprentice_id, d.coach_id, d.coach_name,
    d.standard_version_id, d.pick, d.activity_date, d.status, d.v2, d.v3, d.v6, d.v7, d.v8, c.created_at,
    s.submitted_at, case when pr.prior then c.created_at + interval '36 hours' end prior_return_at,
    case when d.status in ('ACCEPTED', 'RETURNED')
        then least(s.submitted_at + (0.5 + 7 * d.v5) * interval '1 day', p.now_at - interval '10 minutes') end decided_at
from dated d cross join params p
    cross join lateral (select least(((d.activity_date + 1)::timestamp + interval '8 hours'
        + (600 * d.v2) * interval '1 minute') at time zone 'Europe/London', p.now_at - interval '2 hours') created_at) c
    cross join lateral (select d.status in ('ACCEPTED', 'SUBMITTED') and d.v1 > 0.92
        and c.created_at < p.now_at - interval '7 days' prior) pr
    cross join lateral (select case when d.status <> 'DRAFT' then least(c.created_at
        + ((case when pr.prior then 3 else 0 end) + 3 * d.v4) * interval '1 day', p.now_at - interval '1 hour')
        end submitted_at) s
order by d.apprentice_id, d.activity_date;
insert into evidence (id, apprentice_id, title, activity_date, type, description, status, submitted_at, created_at,
    updated_at)
select b.id, b.apprentice_id,
    case when b.pick = 0 then ep.title else ep.title || ', ' || to_char(b.activity_date, 'FMMonth YYYY') end,
    b.activity_date, ep.type,
    ep.description || ' ' || (array['It was a busy list, so I had to plan my time carefully.',
        'My supervisor signed the record afterwards.', 'I have linked it to the statements of the standard it shows.',
        'Next time I would prepare the paperwork beforehand.', 'It builds on what I logged earlier in the year.',
        'I discussed it with my coach at my last review.'])[1 + (b.id % 6)::int],
    b.status, b.submitted_at, b.created_at, coalesce(b.decided_at, b.submitted_at, b.created_at)
from bench_evidence b join bench_evidence_pool ep on ep.i = b.pick
order by b.id;
insert into evidence_areas (evidence_id, programme_area_id)
select b.id, pa.id
from bench_evidence b join bench_evidence_pool ep on ep.i = b.pick join programme_areas pa on pa.number = ep.area
union all
select b.id, pa.id
from bench_evidence b join bench_evidence_pool ep on ep.i = b.pick
    join programme_areas pa on pa.number = 1 + (ep.area + floor(b.v3 * 8)::int) % 9
where b.pick <> 0 and b.v6 < 0.35;
insert into accepted_areas (apprentice_id, programme_area_id)
select distinct e.apprentice_id, a.programme_area_id
from evidence e join evidence_areas a on a.evidence_id = e.id
where e.status = 'ACCEPTED';
insert into evidence_ksbs (evidence_id, ksb_id)
select b.id, k.ksb_id
from bench_evidence b join bench_evidence_pool ep on ep.i = b.pick
    join bench_ksb_pick k on k.standard_version_id = b.standard_version_id and k.area = ep.area
        and k.idx = 1 + floor(b.v7 * 3)::int
where b.pick <> 0 and b.v8 < 0.7;
insert into evidence_decisions (evidence_id, outcome, feedback, coach_account_id, coach_name, decided_at)
select x.id, x.outcome, x.feedback, x.coach_id, x.coach_name, x.decided_at
from (
    select b.id, 'RETURNED' outcome,
        (array['Please link this to the statements of the standard it shows and say what your role was.',
            'The witness needs to sign and date the statement. Add that and resubmit.',
            'Say more about what you learned and what you would do differently next time.',
            'A good start. Add what you recommended to the team and whether anything changed, then resubmit.'])
            [1 + (b.id % 4)::int] feedback,
        b.coach_id, b.coach_name, b.prior_return_at decided_at
    from bench_evidence b where b.prior_return_at is not null
    union all
    select b.id, b.status,
        case when b.status = 'RETURNED' then (array[
            'Please link this to the statements of the standard it shows and say what your role was.',
            'The witness needs to sign and date the statement. Add that and resubmit.',
            'Say more about what you learned and what you would do differently next time.',
            'A good start. Add what you recommended to the team and whether anything changed, then resubmit.'])
            [1 + (b.id % 4)::int]
            when b.v2 > 0.7 then (array['Well evidenced and clearly linked to the standard.',
                'Good reflection. Keep this level of detail.', 'Clear and complete, thank you.'])[1 + (b.id % 3)::int]
            end,
        b.coach_id, b.coach_name, b.decided_at
    from bench_evidence b where b.status in ('ACCEPTED', 'RETURNED')
) x
order by x.decided_at;

-- step: off-the-job entries
insert into off_the_job_entries (apprentice_id, activity_date, hours, activity, note, status, query_reason, decided_by,
    decided_at, created_at, updated_at)
with items as materialized (
    select b.n, k, b.n_otj - k + 1 r, floor((k - 1) * b.w::numeric / b.n_otj)::int wi,
        random() a1, random() a2, random() a3, random() a4, random() a5, random() a6
    from bench_plan b cross join lateral generate_series(1, b.n_otj) k
), shaped as (
    select i.*, b.apprentice_id, b.coach_id, b.status apprentice_status, b.otj_waiting, b.otj_h0,
        b.start_date + 7 * ((i.wi + case when b.wb is not null and i.wi >= b.wb then 5 * b.break_weeks else 0 end) / 5)
            + (i.wi + case when b.wb is not null and i.wi >= b.wb then 5 * b.break_weeks else 0 end) % 5 activity_date,
        case when i.a1 < 0.35 then 'ONLINE_LEARNING' when i.a1 < 0.55 then 'WORKBOOK' when i.a1 < 0.70 then 'MENTORING'
            when i.a1 < 0.80 then 'SHADOWING' when i.a1 < 0.88 then 'STUDY_DAY' when i.a1 < 0.95 then 'TRAINING_COURSE'
            else 'OTHER' end activity
    from items i join bench_plan b on b.n = i.n
), decided as (
    select s.*,
        case when s.apprentice_status in ('ON_PROGRAMME', 'BREAK_IN_LEARNING') and s.r <= s.otj_waiting
                then 'AWAITING_APPROVAL'
            when s.apprentice_status in ('ON_PROGRAMME', 'BREAK_IN_LEARNING') and s.r <= 40 and s.a3 < 0.02
                then 'QUERIED'
            else 'APPROVED' end status,
        least(((s.activity_date + 1)::timestamp + interval '8 hours' + (600 * s.a4) * interval '1 minute')
            at time zone 'Europe/London', p.now_at - interval '30 minutes') created_at
    from shaped s, params p
)
select d.apprentice_id, d.activity_date,
    least(6, greatest(0.25, round(4 * d.otj_h0 * (0.6 + 0.8 * d.a2) * case d.activity when 'STUDY_DAY' then 4
        when 'TRAINING_COURSE' then 3 when 'SHADOWING' then 1.2 when 'OTHER' then 1 when 'ONLINE_LEARNING' then 0.7
        else 0.8 end / 1.225) / 4)),
    d.activity,
    case when d.a6 < 0.2 then null
        else (case d.activity
            when 'ONLINE_LEARNING' then array['e-Learning for Healthcare module', 'Online module: infection prevention',
                'Online module: information governance', 'Online module: safeguarding adults']
            when 'WORKBOOK' then array['Diploma workbook, unit on quality', 'Worked through the competency workbook',
                'Diploma workbook, unit on audit', 'Diploma workbook, unit on professional practice']
            when 'MENTORING' then array['Mentoring session with my coach', 'Monthly mentoring with my workplace supervisor',
                'Mentoring session on my portfolio', 'Mentoring with a clinical scientist']
            when 'SHADOWING' then array['Shadowed a clinical scientist in the reporting room',
                'Shadowed the ward team on a morning round', 'Shadowed the quality manager',
                'Shadowed the point-of-care testing team']
            when 'STUDY_DAY' then array['University study day', 'Regional study day: quality management',
                'Study day on clinical governance', 'Study day: research methods']
            when 'TRAINING_COURSE' then array['Trust course: leadership foundations',
                'Manufacturer''s training on the new analyser', 'Safeguarding level 2 course', 'Manual handling course']
            else array['Reading for my reflective account', 'Preparing my journal club presentation',
                'Visit to the regional reference laboratory', 'Reading the new standard operating procedures'] end)
            [1 + floor(d.a5 * 4)::int] end,
    d.status,
    case when d.status = 'QUERIED' then (array['Please add what you covered in this session.',
        'You were rostered on the ward that day. Please check the date.',
        'Please split this into the separate activities.'])[1 + floor(d.a5 * 3)::int] end,
    case when d.status <> 'AWAITING_APPROVAL' then d.coach_id end,
    case when d.status <> 'AWAITING_APPROVAL'
        then least(d.created_at + (0.5 + 6 * d.a5) * interval '1 day', p.now_at - interval '5 minutes') end,
    d.created_at,
    case when d.status <> 'AWAITING_APPROVAL'
        then least(d.created_at + (0.5 + 6 * d.a5) * interval '1 day', p.now_at - interval '5 minutes')
        else d.created_at end
from decided d, params p
order by d.apprentice_id, d.activity_date;

-- step: progress reviews
create temp table bench_reviews as
with slots as (
    select b.n, b.apprentice_id, b.status apprentice_status, b.skip_review, b.review_end, j,
        b.start_date + 84 * j + case when b.returned and b.start_date + 84 * j >= b.break_from
            then 7 * b.break_weeks else 0 end due
    from bench_plan b cross join lateral generate_series(1, 13) j
), held as (
    select s.*, s.due - 7 + floor(random() * 10)::int held_on, random() q1, random() q2, random() q3, random() q4
    from slots s
), kept as (
    select h.*, row_number() over (partition by h.n order by h.j desc) from_last
    from held h where h.held_on < h.review_end
)
select nextval(pg_get_serial_sequence('progress_reviews', 'id')) id, k.*
from kept k
where not (k.skip_review and k.from_last = 1)
order by k.apprentice_id, k.j;
insert into progress_reviews (id, apprentice_id, scheduled_for, held_on, summary, rag, rag_reason, recorded_by,
    recorded_at, apprentice_signed_by, apprentice_signed_name, apprentice_signed_at, manager_signed_by,
    manager_signed_name, manager_signed_at, created_at, updated_at)
select r.id, r.apprentice_id, r.due, r.held_on,
    (array['We went through the portfolio, the off-the-job log and the targets set last time.',
        'Reviewed progress against the standard, the Diploma units and the evidence waiting for review.',
        'Discussed the last quarter at work, the evidence logged and what the next observations should cover.',
        'Looked at coverage of the programme areas and planned the next pieces of evidence.',
        'Checked off-the-job hours against plan and agreed how to catch up where needed.'])[1 + (r.id % 5)::int],
    rag.rag,
    case rag.rag
        when 'GREEN' then (array['On track with evidence and off-the-job hours.',
            'Good progress across the programme areas.'])[1 + (r.id % 2)::int]
        when 'AMBER' then (array['Off-the-job hours a little behind plan.',
            'Gaps in two programme areas to close before the next review.'])[1 + (r.id % 2)::int]
        else (array['Well behind on off-the-job hours and no recent evidence.',
            'Missed study days and evidence overdue.'])[1 + (r.id % 2)::int] end,
    b.coach_id, t.recorded_at,
    case when sig.apprentice_at is not null then b.account_id end,
    case when sig.apprentice_at is not null then b.name end, sig.apprentice_at,
    case when sig.manager_at is not null then b.lm_id end,
    case when sig.manager_at is not null then b.lm_name end, sig.manager_at,
    ((r.due - 21)::timestamp + interval '9 hours') at time zone 'Europe/London',
    greatest(t.recorded_at, sig.apprentice_at, sig.manager_at)
from bench_reviews r join bench_plan b on b.n = r.n, params p
    cross join lateral (select case when r.q1 < 0.75 then 'GREEN' when r.q1 < 0.95 then 'AMBER' else 'RED' end rag) rag
    cross join lateral (select least((r.held_on::timestamp + interval '15 hours') at time zone 'Europe/London'
        + (20 * r.q2) * interval '1 hour', p.now_at - interval '1 hour') recorded_at) t
    cross join lateral (select
        case when t.recorded_at + (0.5 + 4 * r.q3) * interval '1 day' < p.now_at
            and not (r.from_last = 1 and r.q3 > 0.8) then t.recorded_at + (0.5 + 4 * r.q3) * interval '1 day' end apprentice_at,
        case when t.recorded_at + (1 + 9 * r.q4) * interval '1 day' < p.now_at
            and not (r.from_last = 1 and r.q4 > 0.6) then t.recorded_at + (1 + 9 * r.q4) * interval '1 day' end manager_at
    ) sig
order by r.id;
insert into progress_review_actions (review_id, position, description, target_date)
select r.id, pos,
    (array['Submit the evidence for the quality area', 'Log the outstanding off-the-job hours',
        'Book the next study day', 'Complete the next Diploma workbook unit',
        'Arrange an observation with the line manager', 'Write the reflective account on the audit'])
        [1 + ((r.id + pos) % 6)::int],
    r.held_on + 28 + 14 * pos
from bench_reviews r cross join generate_series(0, 1) pos;
-- The next review, scheduled, for everyone on programme.
insert into progress_reviews (apprentice_id, scheduled_for, created_at, updated_at)
select b.apprentice_id, coalesce(l.last_held, b.start_date) + 84,
    least(((coalesce(l.last_held, b.start_date) + 1)::timestamp + interval '9 hours') at time zone 'Europe/London',
        p.now_at - interval '1 hour'),
    least(((coalesce(l.last_held, b.start_date) + 1)::timestamp + interval '9 hours') at time zone 'Europe/London',
        p.now_at - interval '1 hour')
from bench_plan b
    left join (select apprentice_id, max(held_on) last_held from bench_reviews group by apprentice_id) l
        on l.apprentice_id = b.apprentice_id,
    params p
where b.status = 'ON_PROGRAMME'
order by b.apprentice_id;

-- step: gateway
create temp table bench_certificates as
select b.apprentice_id, b.coach_id, b.coach_name, b.gateway_on, number,
    convert_to('%PDF-1.4' || chr(10) || '% Level 4 Diploma in Healthcare Science, certificate ' || number || ': '
        || b.name || chr(10) || '%%EOF' || chr(10), 'UTF8') data
from bench_plan b cross join lateral (select 'HS4-' || lpad(((b.n * 7919) % 1000000)::text, 6, '0') number) x
where b.status in ('GATEWAY', 'IN_EPA');
insert into gateway_certificates (apprentice_id, item, file_name, content_type, size_bytes, sha256, part_count,
    uploaded_by, uploaded_at)
select c.apprentice_id, 'DIPLOMA', 'level-4-diploma-certificate.pdf', 'application/pdf', octet_length(c.data),
    encode(sha256(c.data), 'hex'), 1, c.coach_id,
    ((c.gateway_on - 12)::timestamp + interval '11 hours') at time zone 'Europe/London'
from bench_certificates c
order by c.apprentice_id;
insert into gateway_certificate_parts (file_id, part_number, data)
select g.id, 1, c.data from gateway_certificates g join bench_certificates c on c.apprentice_id = g.apprentice_id;
insert into gateway_records (apprentice_id, item, basis, achieved_on, detail, confirmed_by, confirmed_by_name,
    confirmed_at, certificate_id)
select x.apprentice_id, x.item, x.basis, x.achieved_on, x.detail, b.coach_id, b.coach_name,
    (x.confirmed_on::timestamp + interval '14 hours') at time zone 'Europe/London', x.certificate_id
from (
    -- maths and English: held before the programme, recorded at gateway or, for most on programme
    -- beyond 18 months, ahead of it
    select b.apprentice_id, item.name item,
        case when item.name = 'ENGLISH' and b.n % 20 = 0 then 'EXEMPT' else 'PRIOR_ATTAINMENT' end basis,
        case when item.name = 'ENGLISH' and b.n % 20 = 0 then null
            else make_date(extract(year from b.start_date)::int - 2 - b.n % 4, 8, 22) end achieved_on,
        case when item.name = 'ENGLISH' and b.n % 20 = 0 then 'Exempt: A level English language held, certificate seen'
            when item.name = 'MATHS' then 'GCSE mathematics grade ' || (4 + b.n % 5) || ', certificate seen at enrolment'
            else 'GCSE English language grade ' || (4 + (b.n / 5) % 5) || ', certificate seen at enrolment' end detail,
        case when b.gateway_on is not null then b.gateway_on - 40 else b.start_date + 540 end confirmed_on,
        null::bigint certificate_id
    from bench_plan b, (values ('MATHS'), ('ENGLISH')) item(name), params p
    where b.status in ('GATEWAY', 'IN_EPA')
        or (b.status = 'ON_PROGRAMME' and p.today - b.start_date > 560 and b.u6 < 0.6)
    union all
    select c.apprentice_id, 'DIPLOMA', 'ACHIEVED', c.gateway_on - 14,
        'Level 4 Diploma in Healthcare Science, certificate ' || c.number, c.gateway_on - 12, g.id
    from bench_certificates c join gateway_certificates g on g.apprentice_id = c.apprentice_id
    union all
    select b.apprentice_id, 'PORTFOLIO', 'CONFIRMED', b.gateway_on - 5, 'Every programme area has accepted evidence',
        b.gateway_on - 5, null
    from bench_plan b where b.status in ('GATEWAY', 'IN_EPA')
) x join bench_plan b on b.apprentice_id = x.apprentice_id
order by x.apprentice_id, x.item;
insert into gateway_decisions (apprentice_id, kind, epao_id, decided_by, decided_by_name, decided_at)
select b.apprentice_id, 'APPROVED', b.epao_id, b.lm_id, b.lm_name,
    (b.gateway_on::timestamp + interval '11 hours') at time zone 'Europe/London'
from bench_plan b where b.status in ('GATEWAY', 'IN_EPA')
order by b.apprentice_id;

-- step: vacuum and analyze
vacuum analyze;
