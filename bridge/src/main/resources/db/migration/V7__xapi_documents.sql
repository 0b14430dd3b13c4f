-- The document resources of the embedded xAPI store (xAPI Communication 2.3, 2.6, 2.7): state, activity
-- profile and agent profile documents (docs/decisions/0019-xapi-conformance-documents-signatures.md).
-- Same file for H2, PostgreSQL and MariaDB with V1's placeholders (docs/decisions/0002-portable-state-schema.md).
-- Times are UTC, written by the bridge.

-- kind: state, activity_profile or agent_profile. scope_hash: SHA-256 of what the document belongs to
-- (state: activityId, agent identifier and registration; activity profile: activityId; agent profile:
-- agent identifier), document_hash: SHA-256 of the stateId or profileId, so IRIs and ids of any length
-- fit the key on every database; document_id keeps the id itself for listings. content is Base64 (a
-- document may be any media type), etag the SHA-1 hex of the bytes (Communication 3.1).
CREATE TABLE xapi_document (
    kind          VARCHAR(20)       NOT NULL,
    scope_hash    VARCHAR(64)       NOT NULL,
    document_hash VARCHAR(64)       NOT NULL,
    document_id   ${long_text_type} NOT NULL,
    content_type  VARCHAR(255)      NOT NULL,
    etag          VARCHAR(40)       NOT NULL,
    updated_at    ${timestamp_type} NOT NULL,
    byte_length   BIGINT            NOT NULL,
    content       ${long_text_type} NOT NULL,
    CONSTRAINT pk_xapi_document PRIMARY KEY (kind, scope_hash, document_hash)
) ${table_options};

CREATE INDEX ix_xapi_document_updated ON xapi_document (kind, scope_hash, updated_at);
