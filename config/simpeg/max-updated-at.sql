-- hr-profiles: the upper bound of a run, captured before its first page. Rows changed while the run
-- goes on get a later updated_at and are left for the next run. No parameters; one column, max_updated_at.
SELECT MAX(a.updated_at) AS max_updated_at
FROM asn a
