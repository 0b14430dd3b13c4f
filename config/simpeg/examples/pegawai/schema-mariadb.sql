-- An invented legacy SIMPEG schema, to show how a site maps its own tables (README.md). MariaDB and MySQL.
CREATE TABLE ref_satker (
    kd_satker  VARCHAR(10)  NOT NULL PRIMARY KEY,
    nm_satker  VARCHAR(200) NOT NULL
);

CREATE TABLE pegawai (
    nip_baru       VARCHAR(21)  NOT NULL PRIMARY KEY,
    nip_lama       VARCHAR(9),
    gelar_dpn      VARCHAR(30),
    nama_lengkap   VARCHAR(150),
    gelar_blk      VARCHAR(60),
    email_dinas    VARCHAR(150),
    email_pribadi  VARCHAR(150),
    no_hp          VARCHAR(20),
    kd_satker      VARCHAR(10),
    nm_jabatan     VARCHAR(200),
    kd_jenis_jab   VARCHAR(1),
    pangkat_gol    VARCHAR(10),
    kd_status_peg  VARCHAR(1),
    kd_kedudukan   VARCHAR(2),
    tmt_cpns       DATE,
    tmt_jab        DATE,
    tmt_gol        DATE,
    tgl_update     DATETIME(6)  NOT NULL
);

CREATE INDEX pegawai_tgl_update_ix ON pegawai (tgl_update, nip_baru);
