-- A published revision brought in from a report published elsewhere (导入): the original file exactly as uploaded,
-- kept unchanged and downloadable, its SHA-256, and the publication date as printed in the report or as entered.
create table report_import (
    report_id    bigint       primary key references report (id),
    file_name    varchar(255) not null check (length(file_name) > 0),
    media_type   varchar(100) not null,
    content      bytea        not null,
    sha256       varchar(64)  not null check (sha256 ~ '^[0-9a-f]{64}$'),
    published_on date         not null,
    imported_by  varchar(64)  not null,
    imported_at  timestamptz  not null default now()
);

create function report_import_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'report_import rows are immutable (report %)', old.report_id;
end
$$;

create trigger report_import_no_update before update on report_import
    for each row execute function report_import_is_immutable();
