-- Several instances of the portal on one database.

-- Scheduled work that runs once per period across instances (org.nianbao.cluster.Once).
create table scheduled_run (
    job         varchar(100) primary key,
    last_run_at timestamptz  not null
);

-- Counts publications (every publication stores its files), so that each instance's stored-file cache forgets
-- what it kept when another instance publishes (portal.FileCacheGeneration polls it).
create table publication_generation (
    id         integer primary key check (id = 1),
    generation bigint  not null
);
insert into publication_generation (id, generation) values (1, 0);

create function bump_publication_generation() returns trigger language plpgsql as $$
begin
    update publication_generation set generation = generation + 1 where id = 1;
    return null;
end $$;

create trigger report_file_published after insert on report_file
    for each statement execute function bump_publication_generation();
