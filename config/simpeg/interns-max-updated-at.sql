-- hr-profiles (interns): the upper bound of a run over the interns. One column, max_updated_at.
SELECT MAX(m.updated_at) AS max_updated_at
FROM magang m
