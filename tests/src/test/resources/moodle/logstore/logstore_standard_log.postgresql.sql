-- Moodle 4.5's logstore_standard_log (admin/tool/log/store/standard/db/install.xml) as Moodle's XMLDB
-- generator creates it on PostgreSQL: char -> VARCHAR, int(10) -> BIGINT, int(1) -> SMALLINT, the
-- sequence as BIGSERIAL, and an index for each of the XMLDB foreign keys (Moodle does not create FK
-- constraints). ${prefix} is the table prefix, e.g. mdl_.
CREATE TABLE ${prefix}logstore_standard_log (
    id BIGSERIAL,
    eventname VARCHAR(255) NOT NULL DEFAULT '',
    component VARCHAR(100) NOT NULL DEFAULT '',
    action VARCHAR(100) NOT NULL DEFAULT '',
    target VARCHAR(100) NOT NULL DEFAULT '',
    objecttable VARCHAR(50),
    objectid BIGINT,
    crud VARCHAR(1) NOT NULL DEFAULT '',
    edulevel SMALLINT NOT NULL,
    contextid BIGINT NOT NULL,
    contextlevel BIGINT NOT NULL,
    contextinstanceid BIGINT NOT NULL,
    userid BIGINT NOT NULL,
    courseid BIGINT,
    relateduserid BIGINT,
    anonymous SMALLINT NOT NULL DEFAULT 0,
    other TEXT,
    timecreated BIGINT NOT NULL,
    origin VARCHAR(10),
    ip VARCHAR(45),
    realuserid BIGINT,
    CONSTRAINT ${prefix}logsstanlog_id_pk PRIMARY KEY (id)
);
COMMENT ON TABLE ${prefix}logstore_standard_log IS 'Standard log table';
CREATE INDEX ${prefix}logsstanlog_tim_ix ON ${prefix}logstore_standard_log (timecreated);
CREATE INDEX ${prefix}logsstanlog_couanotim_ix ON ${prefix}logstore_standard_log (courseid, anonymous, timecreated);
CREATE INDEX ${prefix}logsstanlog_useconconcr_ix ON ${prefix}logstore_standard_log (userid, contextlevel, contextinstanceid, crud, edulevel, timecreated);
CREATE INDEX ${prefix}logsstanlog_con_ix ON ${prefix}logstore_standard_log (contextid);
CREATE INDEX ${prefix}logsstanlog_use_ix ON ${prefix}logstore_standard_log (userid);
CREATE INDEX ${prefix}logsstanlog_cou_ix ON ${prefix}logstore_standard_log (courseid);
CREATE INDEX ${prefix}logsstanlog_rea_ix ON ${prefix}logstore_standard_log (realuserid);
CREATE INDEX ${prefix}logsstanlog_rel_ix ON ${prefix}logstore_standard_log (relateduserid);
