-- Settings of the corpus checks, one row: the share of a prose section copied from another report above which
-- T2 warns (per cent).
create table quality_setting (
    id               integer primary key check (id = 1),
    copied_threshold integer not null default 50 check (copied_threshold between 1 and 100)
);
insert into quality_setting (id) values (1);

-- Assessment rule packs (考核预检) uploaded by administrators, kept as uploaded (YAML or JSON); one is in force.
create table rule_pack (
    id          bigserial primary key,
    name        varchar(200) not null check (length(trim(name)) > 0),
    source      text         not null,
    uploaded_by varchar(64)  not null,
    uploaded_at timestamptz  not null default now(),
    active      boolean      not null default false
);
create unique index rule_pack_one_active on rule_pack (active) where active;
