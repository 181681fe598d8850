-- What the reviewer saw when returning a report (so that a resubmission shows what changed since), and the
-- reviewer's comments on cells or sections, shown beside them to the editor (issue 11, ADR 0016).

create table review_snapshot (
    report_id     bigint      primary key references report (id) on delete cascade,
    taken_at      timestamptz not null,
    overview      text        not null,
    problems      text        not null,
    other_matters text        not null
);

create table review_snapshot_value (
    report_id bigint         not null references review_snapshot (report_id) on delete cascade,
    cell_key  varchar(200)   not null,
    value     numeric(20, 6) not null,
    primary key (report_id, cell_key)
);

create table review_comment (
    id         bigserial    primary key,
    report_id  bigint       not null references report (id) on delete cascade,
    target     varchar(200) not null,
    comment    text         not null check (length(comment) between 1 and 2000),
    author     varchar(100) not null,
    created_at timestamptz  not null
);

create index review_comment_report on review_comment (report_id);
