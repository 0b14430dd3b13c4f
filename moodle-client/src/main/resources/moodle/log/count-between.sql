-- How many learning events lie in a range of ids, for a progress line.
SELECT COUNT(*)
  FROM ${table}
 WHERE id > ?
   AND id <= ?
   AND eventname IN (${eventNames})
