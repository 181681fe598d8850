-- Whether a published revision's own figures keep R1–R4 (the identities of the declaration, as validation.SumRules
-- checks them), recorded when it is published: a published revision never changes, so a roll-up over 40,000 reports
-- reads this instead of checking every report again (ADR 0032). Null: not recorded (not published, or stored by SQL
-- without it); a roll-up checks those itself. V111 records it for the revisions published before this column.
alter table report add column sums_pass boolean;
