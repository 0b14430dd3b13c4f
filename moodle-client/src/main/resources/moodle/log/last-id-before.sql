-- The last row logged before a time (unix seconds): a backfill from that time starts after it.
SELECT MAX(id) FROM ${table} WHERE timecreated < ?
