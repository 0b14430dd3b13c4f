-- Reference SIMPEG schema, PostgreSQL (also runs on H2 in PostgreSQL mode).
-- Modelled on how SIMPEG and SIASN describe an ASN. A site with its own schema does not need this file:
-- it edits the queries (asn-changed.sql, ...) so that they return the same column aliases (README.md).
-- updated_at must change on every change to a row: the hr-profiles flow reads changes by it.

CREATE TABLE unit_kerja (
    kode        VARCHAR(20)  NOT NULL,
    nama        VARCHAR(200) NOT NULL,
    singkatan   VARCHAR(30),
    updated_at  TIMESTAMP(6) NOT NULL,
    CONSTRAINT unit_kerja_pk PRIMARY KEY (kode)
);

CREATE TABLE asn (
    nip                 VARCHAR(18)  NOT NULL,
    gelar_depan         VARCHAR(50),
    nama                VARCHAR(150) NOT NULL,
    gelar_belakang      VARCHAR(80),
    email               VARCHAR(150),
    telepon             VARCHAR(30),
    unit_kerja_kode     VARCHAR(20),
    jabatan_nama        VARCHAR(200),
    jabatan_jenis       VARCHAR(20),
    golongan            VARCHAR(10),
    status_kepegawaian  VARCHAR(10)  NOT NULL,
    status_aktif        VARCHAR(20)  NOT NULL,
    tmt_cpns            DATE,
    tmt_jabatan         DATE,
    tmt_golongan        DATE,
    updated_at          TIMESTAMP(6) NOT NULL,
    CONSTRAINT asn_pk PRIMARY KEY (nip),
    CONSTRAINT asn_unit_kerja_fk FOREIGN KEY (unit_kerja_kode) REFERENCES unit_kerja (kode),
    CONSTRAINT asn_jabatan_jenis_ck CHECK (jabatan_jenis IN ('STRUKTURAL', 'FUNGSIONAL', 'PELAKSANA')),
    CONSTRAINT asn_status_kepegawaian_ck CHECK (status_kepegawaian IN ('PNS', 'PPPK', 'CPNS')),
    CONSTRAINT asn_status_aktif_ck CHECK (status_aktif IN ('AKTIF', 'PENSIUN', 'MUTASI_KELUAR', 'MENINGGAL'))
);

CREATE INDEX asn_updated_at_nip_ix ON asn (updated_at, nip);
CREATE INDEX asn_unit_kerja_ix ON asn (unit_kerja_kode);

CREATE TABLE magang (
    nomor_induk       VARCHAR(30)  NOT NULL,
    jenis_nomor       VARCHAR(3)   NOT NULL,
    nama              VARCHAR(150) NOT NULL,
    email             VARCHAR(150),
    perguruan_tinggi  VARCHAR(200),
    unit_kerja_kode   VARCHAR(20),
    mentor_nip        VARCHAR(18),
    tanggal_mulai     DATE         NOT NULL,
    tanggal_selesai   DATE         NOT NULL,
    updated_at        TIMESTAMP(6) NOT NULL,
    CONSTRAINT magang_pk PRIMARY KEY (nomor_induk),
    CONSTRAINT magang_unit_kerja_fk FOREIGN KEY (unit_kerja_kode) REFERENCES unit_kerja (kode),
    CONSTRAINT magang_jenis_nomor_ck CHECK (jenis_nomor IN ('NIK', 'NIM')),
    CONSTRAINT magang_periode_ck CHECK (tanggal_selesai >= tanggal_mulai)
);

CREATE INDEX magang_updated_at_nomor_induk_ix ON magang (updated_at, nomor_induk);

-- Written by the lrs-credits flow (riwayat-diklat-upsert.sql): one row per competency credit, keyed by the
-- xAPI statement that evidences it, so a replay never adds a second row; a voided statement deletes its row
-- (riwayat-diklat-delete.sql). Modelled on SIASN's riwayat kursus. jp NULL = JP not known yet (no JP in the
-- statement and no mapping): HR sees the training but it counts no hours until the mapping says how many.
CREATE TABLE riwayat_diklat (
    statement_id      VARCHAR(36)  NOT NULL,
    nip               VARCHAR(18)  NOT NULL,
    nama_diklat       VARCHAR(500) NOT NULL,
    jenis_kompetensi  VARCHAR(20),
    jp                DECIMAL(7, 2),
    tanggal_mulai     DATE,
    tanggal_selesai   DATE         NOT NULL,
    tahun             INTEGER      NOT NULL,
    nomor_sertifikat  VARCHAR(100) NOT NULL,
    penyelenggara     VARCHAR(300) NOT NULL,
    sumber            VARCHAR(100) NOT NULL,
    created_at        TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT riwayat_diklat_pk PRIMARY KEY (statement_id),
    CONSTRAINT riwayat_diklat_nomor_sertifikat_uk UNIQUE (nomor_sertifikat),
    CONSTRAINT riwayat_diklat_jenis_kompetensi_ck
        CHECK (jenis_kompetensi IS NULL OR jenis_kompetensi IN ('TEKNIS', 'MANAJERIAL', 'SOSIAL_KULTURAL')),
    CONSTRAINT riwayat_diklat_jp_ck CHECK (jp IS NULL OR jp >= 0)
);

CREATE INDEX riwayat_diklat_nip_ix ON riwayat_diklat (nip, tahun);

COMMENT ON TABLE unit_kerja IS 'Unit kerja / OPD (organisasi perangkat daerah)';
COMMENT ON TABLE asn IS 'Aparatur Sipil Negara: PNS, CPNS and PPPK of the government';
COMMENT ON COLUMN asn.nip IS 'NIP (PNS, CPNS) or NI PPPK, 18 digits';
COMMENT ON COLUMN asn.golongan IS 'Golongan/ruang, e.g. III/a for PNS and CPNS, IX for PPPK';
COMMENT ON COLUMN asn.status_aktif IS 'AKTIF, PENSIUN, MUTASI_KELUAR (transferred out) or MENINGGAL (deceased)';
COMMENT ON COLUMN asn.updated_at IS 'Set on every change; the hr-profiles flow reads changes by it';
COMMENT ON TABLE magang IS 'Interns (peserta magang) hosted by an OPD';
COMMENT ON COLUMN magang.nomor_induk IS 'NIK (16 digits) or the student number (NIM)';
COMMENT ON TABLE riwayat_diklat IS 'Competency development history (riwayat diklat / pengembangan kompetensi)';
COMMENT ON COLUMN riwayat_diklat.statement_id IS 'Id of the xAPI statement that evidences the credit';
COMMENT ON COLUMN riwayat_diklat.jp IS 'Jam pelajaran (training hours); NULL = JP not known yet';

-- Competency summary (ringkasan kompetensi), written by the bridge after each lrs-credits pass
-- (ringkasan-kompetensi-upsert-postgresql.sql) for HR systems that read tables instead of the competency API.
-- One row per ASN and credit year that has (or had) a credit; an ASN without a row has 0 JP that year.
-- Only active credits count; credits whose JP is not known are counted in jumlah_jp_belum_diketahui, not in JP.
CREATE TABLE ringkasan_kompetensi (
    nip                        VARCHAR(18)   NOT NULL,
    tahun                      INTEGER       NOT NULL,
    total_jp                   DECIMAL(9, 2) NOT NULL,
    jp_teknis                  DECIMAL(9, 2) NOT NULL,
    jp_manajerial              DECIMAL(9, 2) NOT NULL,
    jp_sosial_kultural         DECIMAL(9, 2) NOT NULL,
    jp_jenis_belum_diketahui   DECIMAL(9, 2) NOT NULL,
    jumlah_jp_belum_diketahui  INTEGER       NOT NULL,
    memenuhi_target            BOOLEAN       NOT NULL,
    diperbarui_pada            TIMESTAMP(6)  NOT NULL,
    CONSTRAINT ringkasan_kompetensi_pk PRIMARY KEY (nip, tahun)
);

CREATE INDEX ringkasan_kompetensi_tahun_ix ON ringkasan_kompetensi (tahun);

COMMENT ON TABLE ringkasan_kompetensi IS 'Competency summary per ASN per year (JP totals, 20-JP target)';
COMMENT ON COLUMN ringkasan_kompetensi.jp_jenis_belum_diketahui IS 'JP of credits whose competency type is not known';
COMMENT ON COLUMN ringkasan_kompetensi.jumlah_jp_belum_diketahui IS 'Number of credits whose JP is not known (not counted)';
COMMENT ON COLUMN ringkasan_kompetensi.diperbarui_pada IS 'Last refresh, local time (WIB)';
