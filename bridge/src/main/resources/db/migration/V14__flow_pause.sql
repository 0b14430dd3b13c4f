-- A flow paused from the console (docs/console.md) stays paused across a restart until someone resumes it: one row
-- per paused flow, deleted on resume. Same file for H2, PostgreSQL and MariaDB with V1's placeholders
-- (docs/decisions/0002-portable-state-schema.md). Times are UTC, written by the bridge.
CREATE TABLE flow_pause (
    flow_id   VARCHAR(100)      NOT NULL,
    paused_by VARCHAR(200)      NOT NULL,
    paused_at ${timestamp_type} NOT NULL,
    CONSTRAINT pk_flow_pause PRIMARY KEY (flow_id)
) ${table_options};
