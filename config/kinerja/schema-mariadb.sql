-- e-Kinerja reference schema (MariaDB 10.5+ / MySQL 8, also H2 in MariaDB mode): the tables the reference queries of this
-- folder read. A real e-Kinerja database has its own tables; its site edits penilaian-changed.sql and friends.
-- Ratings and predikat are kept as text codes (DIATAS_EKSPEKTASI ..., SANGAT_BAIK ...); numeric codes work too
-- when jembatan.kinerja.rating-codes / predikat-codes say what they mean.
CREATE TABLE skp_penilaian (
    id                VARCHAR(36)   NOT NULL,
    nip               VARCHAR(18)   NOT NULL,
    nama              VARCHAR(200),
    tahun             INTEGER       NOT NULL,
    periode           VARCHAR(20)   NOT NULL,
    hasil_kerja       VARCHAR(30)   NOT NULL,
    perilaku_kerja    VARCHAR(30)   NOT NULL,
    predikat          VARCHAR(30),
    penilai_nip       VARCHAR(18),
    penilai_nama      VARCHAR(200),
    jenis_jabatan     VARCHAR(20),
    unit_kerja_kode   VARCHAR(50),
    unit_kerja_nama   VARCHAR(300),
    kompetensi_kurang VARCHAR(2000),
    tanggal_penilaian DATE,
    updated_at        DATETIME(6)   NOT NULL,
    CONSTRAINT pk_skp_penilaian PRIMARY KEY (id),
    CONSTRAINT uq_skp_penilaian_periode UNIQUE (nip, tahun, periode)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_skp_penilaian_updated ON skp_penilaian (updated_at, id);

CREATE TABLE skp_indikator (
    id       VARCHAR(36)   NOT NULL,
    skp_id   VARCHAR(36)   NOT NULL,
    urutan   INTEGER       NOT NULL,
    uraian   VARCHAR(1000) NOT NULL,
    catatan  VARCHAR(2000),
    CONSTRAINT pk_skp_indikator PRIMARY KEY (id),
    CONSTRAINT fk_skp_indikator_penilaian FOREIGN KEY (skp_id) REFERENCES skp_penilaian (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_skp_indikator_skp ON skp_indikator (skp_id, urutan);
