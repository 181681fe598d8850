-- Failed sign-ins per account name ('account:…') and per client address ('address:…'), shared by every instance;
-- while locked_until is in the future, sign-in for that name or from that address is refused.
create table sign_in_throttle (
    key             varchar(200) primary key,
    failures        integer      not null check (failures > 0),
    last_failure_at timestamptz  not null,
    locked_until    timestamptz
);

-- An administrator can require a user to choose a new password at the next sign-in.
alter table app_user add column password_reset_required boolean not null default false;

-- Failed sign-ins are aggregated in the audit log: one row per name and address while failures keep coming
-- (within an hour of each other), counting them, instead of a row per attempt.
alter table audit_event
    add column occurrences integer not null default 1 check (occurrences > 0),
    add column last_at     timestamptz;
update audit_event set last_at = at;
alter table audit_event alter column last_at set not null, alter column last_at set default now();
create index audit_event_failed_login on audit_event (target, last_at) where kind = 'LOGIN_FAILED';
