-- Agencies (机关) and their hierarchy: a county government above its townships and departments.
create table agency (
    id        bigserial primary key,
    code      varchar(64)  not null unique check (code ~ '^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$'),
    name      varchar(200) not null check (length(trim(name)) > 0),
    kind      varchar(20)  not null check (kind in ('COUNTY', 'TOWNSHIP', 'DEPARTMENT')),
    parent_id bigint references agency (id),
    check ((kind = 'COUNTY') = (parent_id is null))
);
create index agency_parent on agency (parent_id);

-- A report is agency x year; a correction after publication is a new revision of the same agency x year.
-- The year selects the edition: 2019 edition for 2019-2020, 2021 edition from 2021.
create table report (
    id            bigserial primary key,
    agency_id     bigint      not null references agency (id),
    year          integer     not null check (year >= 2019),
    revision      integer     not null default 1 check (revision >= 1),
    edition       varchar(4)  not null,
    status        varchar(20) not null check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'PUBLISHED')),
    overview      text        not null default '',
    problems      text        not null default '',
    other_matters text        not null default '',
    published_at  timestamptz,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    version       bigint      not null default 0,
    unique (agency_id, year, revision),
    check ((year <= 2020 and edition = '2019') or (year >= 2021 and edition = '2021')),
    check ((status = 'PUBLISHED') = (published_at is not null))
);

-- 表二 主动公开政府信息情况: a row per statutory row, a column per statutory column of either edition.
-- A null is a blank cell, never 0. Amounts (万元) are exact decimals with 6 places.
create table proactive_row (
    report_id       bigint      not null references report (id) on delete cascade,
    row_code        varchar(40) not null check (row_code in ('regulations', 'normative_documents', 'licensing',
                        'other_services', 'penalty', 'coercion', 'fees', 'procurement')),
    issued          integer check (issued >= 0),
    repealed        integer check (repealed >= 0),
    in_force        integer check (in_force >= 0),
    decisions       integer check (decisions >= 0),
    amount          numeric(20, 6) check (amount >= 0),
    new_made        integer check (new_made >= 0),
    new_published   integer check (new_published >= 0),
    total_published integer check (total_published >= 0),
    items_last_year integer check (items_last_year >= 0),
    items_change    integer,
    projects        integer check (projects >= 0),
    primary key (report_id, row_code)
);

-- 表三 收到和处理政府信息公开申请情况: reads like the printed table.
create table applications_row (
    report_id       bigint      not null references report (id) on delete cascade,
    row_code        varchar(40) not null check (row_code in ('received', 'carried_in', 'granted', 'partly_granted',
                        'denied_state_secret', 'denied_prohibited_by_law', 'denied_security_stability',
                        'denied_third_party', 'denied_internal_affairs', 'denied_process_info',
                        'denied_enforcement_file', 'denied_inquiry_matter', 'unavailable_not_held',
                        'unavailable_needs_creation', 'unavailable_unclear', 'rejected_petition', 'rejected_repeated',
                        'rejected_publication', 'rejected_excessive', 'rejected_confirmation', 'other_no_correction',
                        'other_unpaid_fee', 'other_other', 'other_handling', 'results_total', 'carried_out')),
    natural_person  integer check (natural_person >= 0),
    commercial      integer check (commercial >= 0),
    research        integer check (research >= 0),
    public_interest integer check (public_interest >= 0),
    legal_services  integer check (legal_services >= 0),
    other_org       integer check (other_org >= 0),
    total           integer check (total >= 0),
    primary key (report_id, row_code)
);

-- 表四 政府信息公开行政复议、行政诉讼情况: a row per group (行政复议, 未经复议直接起诉, 复议后起诉).
create table review_litigation_row (
    report_id  bigint      not null references report (id) on delete cascade,
    group_code varchar(40) not null check (group_code in ('review', 'suit_direct', 'suit_after_review')),
    upheld     integer check (upheld >= 0),
    corrected  integer check (corrected >= 0),
    other      integer check (other >= 0),
    pending    integer check (pending >= 0),
    total      integer check (total >= 0),
    primary key (report_id, group_code)
);
