-- Moodle 4.5's logstore_standard_log (admin/tool/log/store/standard/db/install.xml) as Moodle's XMLDB
-- generator creates it on MySQL/MariaDB: char -> VARCHAR, int(10) -> BIGINT(10), int(1) -> TINYINT(1),
-- text -> LONGTEXT, the sequence as AUTO_INCREMENT, InnoDB with utf8mb4, and an index for each of the
-- XMLDB foreign keys (Moodle does not create FK constraints). ${prefix} is the table prefix, e.g. mdl_.
CREATE TABLE ${prefix}logstore_standard_log (
    id BIGINT(10) NOT NULL AUTO_INCREMENT,
    eventname VARCHAR(255) NOT NULL DEFAULT '',
    component VARCHAR(100) NOT NULL DEFAULT '',
    action VARCHAR(100) NOT NULL DEFAULT '',
    target VARCHAR(100) NOT NULL DEFAULT '',
    objecttable VARCHAR(50),
    objectid BIGINT(10),
    crud VARCHAR(1) NOT NULL DEFAULT '',
    edulevel TINYINT(1) NOT NULL,
    contextid BIGINT(10) NOT NULL,
    contextlevel BIGINT(10) NOT NULL,
    contextinstanceid BIGINT(10) NOT NULL,
    userid BIGINT(10) NOT NULL,
    courseid BIGINT(10),
    relateduserid BIGINT(10),
    anonymous TINYINT(1) NOT NULL DEFAULT 0,
    other LONGTEXT,
    timecreated BIGINT(10) NOT NULL,
    origin VARCHAR(10),
    ip VARCHAR(45),
    realuserid BIGINT(10),
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 DEFAULT COLLATE = utf8mb4_unicode_ci COMMENT = 'Standard log table';
CREATE INDEX ${prefix}logsstanlog_tim_ix ON ${prefix}logstore_standard_log (timecreated);
CREATE INDEX ${prefix}logsstanlog_couanotim_ix ON ${prefix}logstore_standard_log (courseid, anonymous, timecreated);
CREATE INDEX ${prefix}logsstanlog_useconconcr_ix ON ${prefix}logstore_standard_log (userid, contextlevel, contextinstanceid, crud, edulevel, timecreated);
CREATE INDEX ${prefix}logsstanlog_con_ix ON ${prefix}logstore_standard_log (contextid);
CREATE INDEX ${prefix}logsstanlog_use_ix ON ${prefix}logstore_standard_log (userid);
CREATE INDEX ${prefix}logsstanlog_cou_ix ON ${prefix}logstore_standard_log (courseid);
CREATE INDEX ${prefix}logsstanlog_rea_ix ON ${prefix}logstore_standard_log (realuserid);
CREATE INDEX ${prefix}logsstanlog_rel_ix ON ${prefix}logstore_standard_log (relateduserid);
