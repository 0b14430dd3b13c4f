-- The embedded xAPI statement store (docs/decisions/0009-embedded-statement-store.md), used when
-- jembatan.lrs.endpoint is empty. Same file for H2, PostgreSQL and MariaDB with V1's four placeholders
-- (docs/decisions/0002-portable-state-schema.md). Times are UTC, written by the bridge.

-- One row. Writers lock it (SELECT ... FOR UPDATE), so statements are stored one transaction at a time
-- even from several processes on one database: seq then follows commit order, stored times never go
-- backwards, and a `more` cursor (a seq) never skips a statement committed later with a lower seq.
CREATE TABLE xapi_store_clock (
    id          INTEGER           NOT NULL,
    last_seq    BIGINT            NOT NULL,
    last_stored ${timestamp_type} NOT NULL,
    CONSTRAINT pk_xapi_store_clock PRIMARY KEY (id),
    CONSTRAINT ck_xapi_store_clock_one CHECK (id = 1)
) ${table_options};

INSERT INTO xapi_store_clock (id, last_seq, last_stored) VALUES (1, 0, TIMESTAMP '1970-01-01 00:00:00');

-- statement_json is the statement exactly as received plus what the store sets (id, stored, authority,
-- version, a missing timestamp). voiding_target: the statement this one voids (verb voided);
-- ref_target: the statement its StatementRef object targets (filters of the target apply to it).
CREATE TABLE xapi_statement (
    seq             BIGINT            NOT NULL,
    statement_id    VARCHAR(36)       NOT NULL,
    stored_at       ${timestamp_type} NOT NULL,
    voided          BOOLEAN           NOT NULL,
    voiding_target  VARCHAR(36),
    ref_target      VARCHAR(36),
    lrs_timestamp   BOOLEAN           NOT NULL,
    statement_json  ${long_text_type} NOT NULL,
    CONSTRAINT pk_xapi_statement PRIMARY KEY (seq),
    CONSTRAINT uq_xapi_statement_id UNIQUE (statement_id)
) ${table_options};

CREATE INDEX ix_xapi_statement_stored ON xapi_statement (stored_at, seq);
CREATE INDEX ix_xapi_statement_ref ON xapi_statement (ref_target);
CREATE INDEX ix_xapi_statement_voiding ON xapi_statement (voiding_target);

-- One row per query filter a statement matches (FilterKeys): kind agent, related_agent, activity,
-- related_activity, verb or registration, and the SHA-256 of the value, so any IRI fits the index.
CREATE TABLE xapi_statement_filter (
    kind          VARCHAR(20) NOT NULL,
    value_hash    VARCHAR(64) NOT NULL,
    statement_seq BIGINT      NOT NULL,
    CONSTRAINT pk_xapi_statement_filter PRIMARY KEY (kind, value_hash, statement_seq),
    CONSTRAINT fk_xapi_statement_filter FOREIGN KEY (statement_seq) REFERENCES xapi_statement (seq)
) ${table_options};

CREATE INDEX ix_xapi_statement_filter_seq ON xapi_statement_filter (statement_seq);

-- Attachment content by its SHA-2 hash (several statements may share one), Base64 text so that one
-- column type holds it on all three databases (MariaDB MEDIUMTEXT: up to 16 MiB of Base64).
CREATE TABLE xapi_attachment (
    sha2         VARCHAR(128)      NOT NULL,
    content_type VARCHAR(255)      NOT NULL,
    byte_length  BIGINT            NOT NULL,
    content      ${long_text_type} NOT NULL,
    created_at   ${timestamp_type} NOT NULL,
    CONSTRAINT pk_xapi_attachment PRIMARY KEY (sha2)
) ${table_options};
