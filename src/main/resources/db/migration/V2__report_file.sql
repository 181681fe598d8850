-- Files rendered once when a revision is published (the PDF; later other formats) and served as stored:
-- a published revision's file never changes, so its SHA-256 is a stable fingerprint for auditors.
create table report_file (
    report_id  bigint      not null references report (id),
    kind       varchar(8)  not null check (kind in ('pdf', 'docx')),
    content    bytea       not null,
    sha256     varchar(64) not null check (sha256 ~ '^[0-9a-f]{64}$'),
    created_at timestamptz not null default now(),
    primary key (report_id, kind)
);

create function report_file_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'report_file rows are immutable (report %, %)', old.report_id, old.kind;
end
$$;

create trigger report_file_no_update before update on report_file
    for each row execute function report_file_is_immutable();
