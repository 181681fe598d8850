-- Staff sign-in, roles scoped to agencies, the review workflow and the audit log.

create table app_user (
    id            bigserial primary key,
    username      varchar(64)  not null unique check (username ~ '^[a-z0-9._-]+$'),
    display_name  varchar(100) not null check (length(trim(display_name)) > 0),
    password_hash varchar(200) not null,
    enabled       boolean      not null default true,
    version       bigint       not null default 0
);

-- A grant on an agency covers that agency and every agency below it (a county office covers its townships and
-- departments). 管理员 and 审计 are not scoped to an agency.
create table role_grant (
    id        bigserial primary key,
    user_id   bigint      not null references app_user (id) on delete cascade,
    role      varchar(20) not null check (role in ('EDITOR', 'REVIEWER', 'PUBLISHER', 'ADMIN', 'AUDITOR')),
    agency_id bigint references agency (id),
    check ((role in ('ADMIN', 'AUDITOR')) = (agency_id is null))
);
create unique index role_grant_unique on role_grant (user_id, role, coalesce(agency_id, 0));

-- Workflow state on a report revision.
alter table report
    add column submitted_at    timestamptz,
    add column return_reason   text,
    add column correction_note text;

-- Each warning needs a written explanation before submission; reviewers read them.
create table warning_explanation (
    report_id   bigint       not null references report (id) on delete cascade,
    finding_key varchar(300) not null,
    explanation text         not null check (length(trim(explanation)) > 0),
    primary key (report_id, finding_key)
);

-- Every saved change at cell level, every transition with its comment, every failed login.
create table audit_event (
    id        bigserial primary key,
    at        timestamptz  not null default now(),
    username  varchar(64)  not null,
    kind      varchar(20)  not null check (kind in ('CELL', 'SECTION', 'TRANSITION', 'LOGIN_FAILED', 'ADMIN')),
    report_id bigint references report (id),
    target    varchar(200),
    old_value text,
    new_value text,
    comment   text
);
create index audit_event_report on audit_event (report_id, at);
