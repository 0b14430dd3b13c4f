-- kinerja flows: the upper bound of a pass, captured before its first page. No parameters; one column,
-- max_updated_at.
SELECT MAX(p.updated_at) AS max_updated_at
FROM skp_penilaian p
