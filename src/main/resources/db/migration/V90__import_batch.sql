-- A batch import (many published reports at once, ADR 0030): the files waiting to be read, what each gave, and the
-- person's choices; nothing here is a report. Confirming saves all included files in one transaction; cancelling
-- clears the files. Rows are kept (without their contents) as the record of what the batch did.
create table import_batch (
    id          uuid         primary key,
    created_by  varchar(64)  not null,
    created_at  timestamptz  not null,
    state       varchar(16)  not null check (state in ('READING', 'READY', 'SAVING', 'SAVED', 'CANCELLED')),
    done        integer      not null default 0 check (done >= 0),
    total       integer      not null check (total >= 0),
    message     text
);

create table import_batch_file (
    batch_id           uuid         not null references import_batch (id) on delete cascade,
    position           integer      not null check (position >= 1),
    file_name          varchar(500) not null,
    content            bytea        not null,
    state              varchar(16)  not null check (state in ('WAITING', 'READ', 'FAILED')),
    printed_agency     varchar(255),
    agency_code        varchar(64),
    approximate_agency boolean      not null default false,
    year               integer,
    edition            varchar(16),
    published_on       date,
    cells              integer      not null default 0,
    findings           integer      not null default 0,
    errors             integer      not null default 0,
    attention          integer      not null default 0,
    problem            text,
    included           boolean      not null default false,
    primary key (batch_id, position)
);
