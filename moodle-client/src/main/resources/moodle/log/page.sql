-- One keyset page of the learning events in the standard log: rows after the last id read, up to the
-- bound captured at the start of the run. Portable across PostgreSQL, MySQL/MariaDB and H2.
-- The ip column is not read: the flow does not need it.
SELECT id, eventname, component, action, target, objecttable, objectid,
       contextid, contextlevel, contextinstanceid, userid, courseid, relateduserid,
       anonymous, other, timecreated, origin
  FROM ${table}
 WHERE id > ?
   AND id <= ?
   AND eventname IN (${eventNames})
 ORDER BY id
 LIMIT ?
