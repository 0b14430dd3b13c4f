-- The bridge's own state: flow watermarks, idempotency keys, dead letters and the audit log.
-- The same file runs on H2, PostgreSQL and MariaDB. Four placeholders stand for what the three do not
-- spell alike; StateDialect sets them per database (docs/decisions/0002-portable-state-schema.md):
--   bigint_identity  a BIGINT the database numbers itself
--   long_text_type   text of any practical length (MariaDB's TEXT stops at 64 KiB)
--   timestamp_type   a zone-less timestamp to microseconds without MariaDB TIMESTAMP's 2038 limit
--   table_options    MariaDB: utf8mb4 with a binary, no-pad collation, so keys compare exactly
-- Every time is UTC and written by the bridge, never defaulted by the database.

CREATE TABLE flow_watermark (
    flow_id         VARCHAR(100)      NOT NULL,
    partition_key   VARCHAR(200)      NOT NULL,
    watermark_value VARCHAR(1000)     NOT NULL,
    updated_at      ${timestamp_type} NOT NULL,
    CONSTRAINT pk_flow_watermark PRIMARY KEY (flow_id, partition_key)
) ${table_options};

CREATE TABLE idempotency_key (
    processor  VARCHAR(100)      NOT NULL,
    idem_key   VARCHAR(500)      NOT NULL,
    idem_value VARCHAR(1000)     NOT NULL,
    created_at ${timestamp_type} NOT NULL,
    updated_at ${timestamp_type} NOT NULL,
    CONSTRAINT pk_idempotency_key PRIMARY KEY (processor, idem_key)
) ${table_options};

-- open_record_key repeats record_key while the letter is OPEN and is NULL afterwards: the unique
-- constraint on it allows one OPEN letter per record and any number of closed ones (NULLs are distinct
-- on all three databases), which a partial index would say on PostgreSQL alone.
CREATE TABLE dead_letter (
    id              ${bigint_identity} NOT NULL,
    flow_id         VARCHAR(100)      NOT NULL,
    record_key      VARCHAR(500)      NOT NULL,
    open_record_key VARCHAR(500),
    payload         ${long_text_type},
    reason          VARCHAR(2000)     NOT NULL,
    error_class     VARCHAR(300),
    attempts        INTEGER           NOT NULL,
    first_seen      ${timestamp_type} NOT NULL,
    last_seen       ${timestamp_type} NOT NULL,
    status          VARCHAR(16)       NOT NULL,
    CONSTRAINT pk_dead_letter PRIMARY KEY (id),
    CONSTRAINT uq_dead_letter_open UNIQUE (flow_id, open_record_key),
    CONSTRAINT ck_dead_letter_status CHECK (status IN ('OPEN', 'REPLAYED', 'DISCARDED')),
    CONSTRAINT ck_dead_letter_open_key CHECK (
        (status = 'OPEN' AND open_record_key = record_key)
        OR (status <> 'OPEN' AND open_record_key IS NULL)),
    CONSTRAINT ck_dead_letter_attempts CHECK (attempts > 0)
) ${table_options};

CREATE INDEX ix_dead_letter_status ON dead_letter (status, id);
CREATE INDEX ix_dead_letter_flow_status ON dead_letter (flow_id, status);

CREATE TABLE audit_log (
    id          ${bigint_identity} NOT NULL,
    occurred_at ${timestamp_type} NOT NULL,
    actor       VARCHAR(200)      NOT NULL,
    action      VARCHAR(100)      NOT NULL,
    subject     VARCHAR(500),
    detail      ${long_text_type},
    CONSTRAINT pk_audit_log PRIMARY KEY (id)
) ${table_options};
