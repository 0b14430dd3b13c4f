-- The latest row of one event per (context, related user) before a log id: for each pair, the row with the
-- highest id below the bound. ${pairs} is one "(contextid = ? AND relateduserid = ?)" per pair, joined by OR;
-- contextid and relateduserid each have an index of Moodle's (logsstanlog_con_ix, logsstanlog_rel_ix), and the
-- matching rows of one pair are few (one learner in one activity). Portable across PostgreSQL, MySQL/MariaDB and H2.
SELECT l.id, l.eventname, l.component, l.action, l.target, l.objecttable, l.objectid,
       l.contextid, l.contextlevel, l.contextinstanceid, l.userid, l.courseid, l.relateduserid,
       l.anonymous, l.other, l.timecreated, l.origin
  FROM ${table} l
  JOIN (SELECT MAX(id) AS id
          FROM ${table}
         WHERE eventname = ?
           AND contextlevel = ?
           AND id < ?
           AND (${pairs})
         GROUP BY contextid, relateduserid) latest ON latest.id = l.id
