-- The last row logged at or before a time (unix seconds): a backfill to that time ends with it.
SELECT MAX(id) FROM ${table} WHERE timecreated <= ?
