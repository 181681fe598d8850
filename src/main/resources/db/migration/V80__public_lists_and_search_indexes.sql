-- Issue 9: no public request reads more than its own page's data.

-- Published reports newest first, all years (/) or one year (/?year=, /open-data/{year}.csv): the keyset order
-- (year, published_at, id), read backwards.
create index report_published_order on report (year, published_at, id) include (agency_id, revision)
    where status = 'PUBLISHED';

-- Search over Chinese text (ADR 0025). pg_trgm indexes trigrams of "words" (runs of letters and digits, CJK
-- included under a UTF-8 ctype), but a LIKE pattern of one or two Chinese characters has no trigram, so the index
-- could not serve the most common searches (舆情, 公开). search_grams puts a letter before and after every character
-- ('q舆q情q…'): every trigram of that text is one character (q舆q) or two adjacent ones (舆q情), so a term of any
-- length becomes a LIKE pattern ('%q舆q情q%') whose trigrams the index holds. A trigram match is always rechecked
-- against the text, so the report keeps that text in a stored column (computed once per write, not per recheck);
-- queries also recheck the original prose with ILIKE, so the filler letter never causes a false hit.
create extension if not exists pg_trgm;

create function search_grams(t text) returns text
    language sql immutable strict parallel safe
    return 'q' || array_to_string(string_to_array(lower(t), null), 'q') || 'q';

alter table report add column search_text text
    generated always as (search_grams(overview || chr(10) || problems || chr(10) || other_matters)) stored;

create index report_search_text on report using gin (search_text gin_trgm_ops) where status = 'PUBLISHED';

create index agency_name_grams on agency using gin (search_grams(name) gin_trgm_ops);
