-- The newest row of the log, whatever its event: the upper bound of a run.
SELECT MAX(id) FROM ${table}
