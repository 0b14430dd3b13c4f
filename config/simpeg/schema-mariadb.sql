-- Reference SIMPEG schema, MariaDB 10.5+ and MySQL 8 (also runs on H2 in MariaDB mode).
-- The same tables as schema-postgresql.sql. A site with its own schema does not need this file:
-- it edits the queries (asn-changed.sql, ...) so that they return the same column aliases (README.md).
-- updated_at must change on every change to a row: the hr-profiles flow reads changes by it.

CREATE TABLE unit_kerja (
    kode        VARCHAR(20)  NOT NULL,
    nama        VARCHAR(200) NOT NULL,
    singkatan   VARCHAR(30),
    updated_at  DATETIME(6)  NOT NULL,
    CONSTRAINT unit_kerja_pk PRIMARY KEY (kode)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COMMENT = 'Unit kerja / OPD (organisasi perangkat daerah)';

CREATE TABLE asn (
    nip                 VARCHAR(18)  NOT NULL COMMENT 'NIP (PNS, CPNS) or NI PPPK, 18 digits',
    gelar_depan         VARCHAR(50),
    nama                VARCHAR(150) NOT NULL,
    gelar_belakang      VARCHAR(80),
    email               VARCHAR(150),
    telepon             VARCHAR(30),
    unit_kerja_kode     VARCHAR(20),
    jabatan_nama        VARCHAR(200),
    jabatan_jenis       VARCHAR(20),
    golongan            VARCHAR(10)  COMMENT 'Golongan/ruang, e.g. III/a for PNS and CPNS, IX for PPPK',
    status_kepegawaian  VARCHAR(10)  NOT NULL,
    status_aktif        VARCHAR(20)  NOT NULL
        COMMENT 'AKTIF, PENSIUN, MUTASI_KELUAR (transferred out) or MENINGGAL (deceased)',
    tmt_cpns            DATE,
    tmt_jabatan         DATE,
    tmt_golongan        DATE,
    updated_at          DATETIME(6)  NOT NULL COMMENT 'Set on every change; the hr-profiles flow reads changes by it',
    CONSTRAINT asn_pk PRIMARY KEY (nip),
    CONSTRAINT asn_unit_kerja_fk FOREIGN KEY (unit_kerja_kode) REFERENCES unit_kerja (kode),
    CONSTRAINT asn_jabatan_jenis_ck CHECK (jabatan_jenis IN ('STRUKTURAL', 'FUNGSIONAL', 'PELAKSANA')),
    CONSTRAINT asn_status_kepegawaian_ck CHECK (status_kepegawaian IN ('PNS', 'PPPK', 'CPNS')),
    CONSTRAINT asn_status_aktif_ck CHECK (status_aktif IN ('AKTIF', 'PENSIUN', 'MUTASI_KELUAR', 'MENINGGAL'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COMMENT = 'Aparatur Sipil Negara: PNS, CPNS and PPPK of the government';

CREATE INDEX asn_updated_at_nip_ix ON asn (updated_at, nip);
CREATE INDEX asn_unit_kerja_ix ON asn (unit_kerja_kode);

CREATE TABLE magang (
    nomor_induk       VARCHAR(30)  NOT NULL COMMENT 'NIK (16 digits) or the student number (NIM)',
    jenis_nomor       VARCHAR(3)   NOT NULL,
    nama              VARCHAR(150) NOT NULL,
    email             VARCHAR(150),
    perguruan_tinggi  VARCHAR(200),
    unit_kerja_kode   VARCHAR(20),
    mentor_nip        VARCHAR(18),
    tanggal_mulai     DATE         NOT NULL,
    tanggal_selesai   DATE         NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    CONSTRAINT magang_pk PRIMARY KEY (nomor_induk),
    CONSTRAINT magang_unit_kerja_fk FOREIGN KEY (unit_kerja_kode) REFERENCES unit_kerja (kode),
    CONSTRAINT magang_jenis_nomor_ck CHECK (jenis_nomor IN ('NIK', 'NIM')),
    CONSTRAINT magang_periode_ck CHECK (tanggal_selesai >= tanggal_mulai)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COMMENT = 'Interns (peserta magang) hosted by an OPD';

CREATE INDEX magang_updated_at_nomor_induk_ix ON magang (updated_at, nomor_induk);

-- Written by the lrs-credits flow (riwayat-diklat-upsert-mariadb.sql): one row per competency credit, keyed
-- by the xAPI statement that evidences it, so a replay never adds a second row; a voided statement deletes its
-- row (riwayat-diklat-delete.sql). Modelled on SIASN's riwayat kursus.
CREATE TABLE riwayat_diklat (
    statement_id      VARCHAR(36)  NOT NULL COMMENT 'Id of the xAPI statement that evidences the credit',
    nip               VARCHAR(18)  NOT NULL,
    nama_diklat       VARCHAR(500) NOT NULL,
    jenis_kompetensi  VARCHAR(20)  COMMENT 'TEKNIS, MANAJERIAL or SOSIAL_KULTURAL; NULL = not known',
    jp                DECIMAL(7, 2) COMMENT 'Jam pelajaran (training hours); NULL = JP not known yet',
    tanggal_mulai     DATE,
    tanggal_selesai   DATE         NOT NULL,
    tahun             INTEGER      NOT NULL,
    nomor_sertifikat  VARCHAR(100) NOT NULL,
    penyelenggara     VARCHAR(300) NOT NULL,
    sumber            VARCHAR(100) NOT NULL COMMENT 'moodle:<host> or partner:<name>',
    created_at        DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT riwayat_diklat_pk PRIMARY KEY (statement_id),
    CONSTRAINT riwayat_diklat_nomor_sertifikat_uk UNIQUE (nomor_sertifikat),
    CONSTRAINT riwayat_diklat_jenis_kompetensi_ck
        CHECK (jenis_kompetensi IS NULL OR jenis_kompetensi IN ('TEKNIS', 'MANAJERIAL', 'SOSIAL_KULTURAL')),
    CONSTRAINT riwayat_diklat_jp_ck CHECK (jp IS NULL OR jp >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4
  COMMENT = 'Competency development history (riwayat diklat / pengembangan kompetensi)';

CREATE INDEX riwayat_diklat_nip_ix ON riwayat_diklat (nip, tahun);

-- Competency summary (ringkasan kompetensi), written by the bridge after each lrs-credits pass
-- (ringkasan-kompetensi-upsert-mariadb.sql) for HR systems that read tables instead of the competency API.
-- One row per ASN and credit year that has (or had) a credit; an ASN without a row has 0 JP that year.
-- Only active credits count; credits whose JP is not known are counted in jumlah_jp_belum_diketahui, not in JP.
CREATE TABLE ringkasan_kompetensi (
    nip                        VARCHAR(18)   NOT NULL,
    tahun                      INTEGER       NOT NULL,
    total_jp                   DECIMAL(9, 2) NOT NULL,
    jp_teknis                  DECIMAL(9, 2) NOT NULL,
    jp_manajerial              DECIMAL(9, 2) NOT NULL,
    jp_sosial_kultural         DECIMAL(9, 2) NOT NULL,
    jp_jenis_belum_diketahui   DECIMAL(9, 2) NOT NULL COMMENT 'JP of credits whose competency type is not known',
    jumlah_jp_belum_diketahui  INTEGER       NOT NULL COMMENT 'Number of credits whose JP is not known (not counted)',
    memenuhi_target            BOOLEAN       NOT NULL,
    diperbarui_pada            DATETIME(6)   NOT NULL COMMENT 'Last refresh, local time (WIB)',
    CONSTRAINT ringkasan_kompetensi_pk PRIMARY KEY (nip, tahun)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4
  COMMENT = 'Competency summary per ASN per year (JP totals, 20-JP target)';

CREATE INDEX ringkasan_kompetensi_tahun_ix ON ringkasan_kompetensi (tahun);
