-- Pages and data files written from a published revision, produced once (at publication, or on the first request
-- for a revision that arrived another way) and served as stored: the page at the latest URL and at the revision's
-- own URL, each in the normal and the 关怀版 variant, its JSON, CSV and SHA256SUMS (portal.StoredPages, ADR 0023).
-- A page also depends on the release's templates (deployment: portal.Deployment's hash and the amount precision)
-- and on the revisions published after it (latest_revision: the history it links, the 已被更正 notice); a row
-- whose stamp no longer matches is produced again. The data files depend on neither (both columns left blank).
create table stored_page (
    report_id       bigint      not null references report (id) on delete cascade,
    variant         varchar(16) not null
        check (variant in ('latest', 'latest-care', 'revision', 'revision-care', 'json', 'csv', 'sums')),
    deployment      varchar(64) not null,
    latest_revision integer     not null,
    content         bytea       not null,
    sha256          varchar(64) not null check (sha256 ~ '^[0-9a-f]{64}$'),
    created_at      timestamptz not null default now(),
    primary key (report_id, variant)
);
