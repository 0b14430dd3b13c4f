-- lrs-credits: the bridge's ledger of competency credits (JP), one row per completed/passed statement.
-- The flow writes it from the LRS; the competency API and the SIMPEG summary read it. Upserted by
-- statement_id, so reruns change nothing. Placeholders as in V1 (docs/decisions/0002-portable-state-schema.md).
--   jp NULL                "JP unknown": held and shown to HR, never guessed
--   competency_type NULL   type unknown; otherwise TEKNIS, MANAJERIAL or SOSIAL_KULTURAL
--   status                 ACTIVE, or VOIDED once a voiding statement reversed it (voided_by says which)
--   credit_key             SHA-256 hex of NIP|activity_id|completed_on: one learning credited once, however many
--                          statements say it (two Moodle sources, completed and passed of one course on one day)
--   siasn_refused_at       the SIASN-shaped API refused the credit for good (it is in the dead letters)

CREATE TABLE competency_credit (
    statement_id       VARCHAR(36)       NOT NULL,
    nip                VARCHAR(18)       NOT NULL,
    activity_id        VARCHAR(1000)     NOT NULL,
    title              VARCHAR(500)      NOT NULL,
    competency_type    VARCHAR(20),
    jp                 DECIMAL(7, 2),
    jp_source          VARCHAR(20)       NOT NULL,
    started_on         DATE,
    completed_on       DATE              NOT NULL,
    credit_year        INTEGER           NOT NULL,
    certificate_number VARCHAR(100)      NOT NULL,
    provider           VARCHAR(300)      NOT NULL,
    source             VARCHAR(100)      NOT NULL,
    opd_code           VARCHAR(50),
    status             VARCHAR(16)       NOT NULL,
    voided_by          VARCHAR(36),
    simpeg_written_at  ${timestamp_type},
    siasn_pushed_at    ${timestamp_type},
    credit_key         VARCHAR(64)       NOT NULL,
    siasn_refused_at   ${timestamp_type},
    created_at         ${timestamp_type} NOT NULL,
    updated_at         ${timestamp_type} NOT NULL,
    CONSTRAINT pk_competency_credit PRIMARY KEY (statement_id),
    CONSTRAINT uq_competency_credit_certificate UNIQUE (certificate_number),
    CONSTRAINT ck_competency_credit_status CHECK (status IN ('ACTIVE', 'VOIDED')),
    CONSTRAINT ck_competency_credit_type CHECK (
        competency_type IS NULL OR competency_type IN ('TEKNIS', 'MANAJERIAL', 'SOSIAL_KULTURAL')),
    CONSTRAINT ck_competency_credit_jp_source CHECK (jp_source IN ('STATEMENT', 'MAPPING', 'UNKNOWN')),
    CONSTRAINT ck_competency_credit_jp CHECK (jp IS NULL OR jp >= 0)
) ${table_options};

CREATE INDEX ix_competency_credit_nip_year ON competency_credit (nip, credit_year);
CREATE INDEX ix_competency_credit_year_opd ON competency_credit (credit_year, opd_code);
CREATE INDEX ix_competency_credit_key ON competency_credit (credit_key);
