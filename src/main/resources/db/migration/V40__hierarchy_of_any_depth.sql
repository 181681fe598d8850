-- Every level of government (issue 14): provinces and cities above counties, departments under any government,
-- 行政区划代码, a contact address for reminders, and local deadlines per level.
-- V1 allowed a parent only for townships and departments, and only a county at the top: replace those checks.
alter table agency drop constraint agency_kind_check;
alter table agency drop constraint agency_check;
alter table agency add constraint agency_kind_check
    check (kind in ('PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'DEPARTMENT'));
-- townships and departments always have a parent; a province never has one; nothing is its own parent
alter table agency add constraint agency_parent_check check (
    (kind in ('TOWNSHIP', 'DEPARTMENT')) <= (parent_id is not null)
    and (kind <> 'PROVINCE' or parent_id is null)
    and (parent_id is null or parent_id <> id));

alter table agency add column division_code varchar(9) check (division_code ~ '^([0-9]{6}|[0-9]{9})$');
alter table agency add column contact_email varchar(200) check (contact_email ~ '^[^@\s]+@[^@\s]+$');
create index agency_division_code on agency (division_code varchar_pattern_ops);

-- A date set by a government for the agencies of one level below it (e.g. 河南省人民政府: cities by 3月10日),
-- in the year after the report's year; without one the statutory date of 条例第四十九条 applies.
create table deadline_rule (
    id        bigserial primary key,
    agency_id bigint      not null references agency (id) on delete cascade,
    kind      varchar(20) not null check (kind in ('PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'DEPARTMENT')),
    month     integer     not null check (month between 1 and 12),
    day       integer     not null check (day between 1 and 31),
    unique (agency_id, kind)
);
