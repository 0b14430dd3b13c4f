-- lrs-credits and hr-profiles: a credit that stays credited but that HR should look at again, "perlu ditinjau /
-- needs review" (docs/decisions/0017-credit-review-flags.md). Same file for H2, PostgreSQL and MariaDB with V1's
-- placeholders (docs/decisions/0002-portable-state-schema.md). Times are UTC, written by the bridge.
--   review_reason       why, in Bahasa Indonesia and English; later reasons appended after '; ' up to the length
--   review_flagged_at   when it was first flagged; a flow never clears either column
-- No index of its own: the flows find the rows by NIP (ix_competency_credit_nip_year), and the per-OPD count is
-- a column of the competency API's one GROUP BY nip over the year.

ALTER TABLE competency_credit ADD COLUMN review_reason VARCHAR(1000);
ALTER TABLE competency_credit ADD COLUMN review_flagged_at ${timestamp_type};
