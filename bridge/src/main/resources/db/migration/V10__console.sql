-- The admin console (docs/console.md): its accounts and the history of flow passes it shows.
-- Same file for H2, PostgreSQL and MariaDB with V1's four placeholders
-- (docs/decisions/0002-portable-state-schema.md). Times are UTC, written by the bridge.

-- password_hash is Spring Security's delegating form, "{bcrypt}$2a$...": never the password itself.
CREATE TABLE console_user (
    username      VARCHAR(100)      NOT NULL,
    password_hash VARCHAR(200)      NOT NULL,
    role          VARCHAR(16)       NOT NULL,
    enabled       BOOLEAN           NOT NULL,
    created_at    ${timestamp_type} NOT NULL,
    updated_at    ${timestamp_type} NOT NULL,
    CONSTRAINT pk_console_user PRIMARY KEY (username),
    CONSTRAINT ck_console_user_role CHECK (role IN ('ADMIN', 'OPERATOR', 'HR', 'VIEWER'))
) ${table_options};

-- One row per pass of a flow that read, changed or failed something, or that a person started; the empty
-- passes of a schedule (a log tail polls every few seconds) are not kept. trigger_kind: schedule, command,
-- or console:<user>.
CREATE TABLE flow_pass (
    id            ${bigint_identity} NOT NULL,
    flow_id       VARCHAR(100)      NOT NULL,
    trigger_kind  VARCHAR(200)      NOT NULL,
    started_at    ${timestamp_type} NOT NULL,
    duration_ms   BIGINT            NOT NULL,
    read_count    BIGINT            NOT NULL,
    dead_lettered BIGINT            NOT NULL,
    summary       VARCHAR(2000),
    error         VARCHAR(2000),
    CONSTRAINT pk_flow_pass PRIMARY KEY (id)
) ${table_options};

CREATE INDEX ix_flow_pass_flow ON flow_pass (flow_id, id);
