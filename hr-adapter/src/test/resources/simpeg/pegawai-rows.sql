-- Rows for the legacy `pegawai` example of config/simpeg/README.md: five usable, three that must be rejected.
INSERT INTO ref_satker (kd_satker, nm_satker) VALUES ('SK01', 'Dinas Komunikasi dan Informatika');
INSERT INTO ref_satker (kd_satker, nm_satker) VALUES ('SK02', 'Kecamatan Serpong');
INSERT INTO ref_satker (kd_satker, nm_satker) VALUES ('SK03', 'Dinas Kesehatan');

INSERT INTO pegawai (nip_baru, nip_lama, gelar_dpn, nama_lengkap, gelar_blk, email_dinas, email_pribadi, no_hp,
                     kd_satker, nm_jabatan, kd_jenis_jab, pangkat_gol, kd_status_peg, kd_kedudukan,
                     tmt_cpns, tmt_jab, tmt_gol, tgl_update)
VALUES ('198511072009021002', '340012345', 'Dr.', 'Budi Santoso', 'S.Kom., M.M.',
        'budi.santoso@tangerangselatankota.go.id', NULL, '081234567890', 'SK01',
        'Kepala Bidang Aplikasi Informatika', '1', 'IV/a', 'P', '01',
        DATE '2009-02-01', DATE '2021-01-04', DATE '2021-04-01', TIMESTAMP '2025-06-01 10:00:00');

INSERT INTO pegawai (nip_baru, nip_lama, gelar_dpn, nama_lengkap, gelar_blk, email_dinas, email_pribadi, no_hp,
                     kd_satker, nm_jabatan, kd_jenis_jab, pangkat_gol, kd_status_peg, kd_kedudukan,
                     tmt_cpns, tmt_jab, tmt_gol, tgl_update)
VALUES ('199005242015032001', NULL, NULL, 'Siti Rahayu', NULL, NULL, 'siti.rahayu@mail.example.id', NULL, 'SK02',
        'Penata Layanan Operasional', '4', 'III/b', 'P', '01',
        DATE '2015-03-01', DATE '2019-07-01', DATE '2019-04-01', TIMESTAMP '2025-06-01 10:00:00');

INSERT INTO pegawai (nip_baru, nip_lama, gelar_dpn, nama_lengkap, gelar_blk, email_dinas, email_pribadi, no_hp,
                     kd_satker, nm_jabatan, kd_jenis_jab, pangkat_gol, kd_status_peg, kd_kedudukan,
                     tmt_cpns, tmt_jab, tmt_gol, tgl_update)
VALUES ('19900101 202101 2 003', NULL, NULL, 'Dewi Lestari', 'S.Kep., Ners', 'dewi.lestari@tangerangselatankota.go.id',
        NULL, '085712345678', 'SK03', 'Perawat Ahli Pertama', '2', 'IX', 'K', '01',
        NULL, DATE '2021-01-01', DATE '2021-01-01', TIMESTAMP '2025-06-01 10:00:00');

INSERT INTO pegawai (nip_baru, nip_lama, gelar_dpn, nama_lengkap, gelar_blk, email_dinas, email_pribadi, no_hp,
                     kd_satker, nm_jabatan, kd_jenis_jab, pangkat_gol, kd_status_peg, kd_kedudukan,
                     tmt_cpns, tmt_jab, tmt_gol, tgl_update)
VALUES ('197501052000031003', '340000001', NULL, 'Slamet', NULL, NULL, NULL, NULL, 'SK02',
        'Analis Kebijakan Ahli Madya', '2', 'IV/b', 'P', '02',
        DATE '2000-03-01', DATE '2016-01-04', DATE '2016-04-01', TIMESTAMP '2025-06-02 08:00:00');

INSERT INTO pegawai (nip_baru, nip_lama, gelar_dpn, nama_lengkap, gelar_blk, email_dinas, email_pribadi, no_hp,
                     kd_satker, nm_jabatan, kd_jenis_jab, pangkat_gol, kd_status_peg, kd_kedudukan,
                     tmt_cpns, tmt_jab, tmt_gol, tgl_update)
VALUES ('198703122010011004', NULL, NULL, 'Agus Wijaya', 'S.E.', 'agus.wijaya@tangerangselatankota.go.id', NULL,
        NULL, 'SK01', 'Pranata Komputer Ahli Muda', '2', 'III/c', 'P', '09',
        DATE '2010-01-01', DATE '2018-01-02', DATE '2018-04-01', TIMESTAMP '2025-06-02 08:00:00');

INSERT INTO pegawai (nip_baru, nip_lama, gelar_dpn, nama_lengkap, gelar_blk, email_dinas, email_pribadi, no_hp,
                     kd_satker, nm_jabatan, kd_jenis_jab, pangkat_gol, kd_status_peg, kd_kedudukan,
                     tmt_cpns, tmt_jab, tmt_gol, tgl_update)
VALUES ('198502302009021002', NULL, NULL, 'Hendra Kusuma', 'S.T.', 'hendra.kusuma@tangerangselatankota.go.id', NULL,
        NULL, 'SK01', 'Penata Layanan Operasional', '4', 'III/a', 'P', '01',
        DATE '2009-02-01', DATE '2012-01-02', DATE '2013-04-01', TIMESTAMP '2025-06-03 09:00:00');

INSERT INTO pegawai (nip_baru, nip_lama, gelar_dpn, nama_lengkap, gelar_blk, email_dinas, email_pribadi, no_hp,
                     kd_satker, nm_jabatan, kd_jenis_jab, pangkat_gol, kd_status_peg, kd_kedudukan,
                     tmt_cpns, tmt_jab, tmt_gol, tgl_update)
VALUES ('199201152019022003', NULL, NULL, 'Rina Wulandari', 'S.Sos.', 'rina.wulandari@tangerangselatankota.go.id',
        NULL, NULL, 'SK02', 'Pengolah Data dan Informasi', '4', 'III/a', 'X', '01',
        DATE '2019-02-01', DATE '2020-03-02', DATE '2019-02-01', TIMESTAMP '2025-06-03 09:00:00');

INSERT INTO pegawai (nip_baru, nip_lama, gelar_dpn, nama_lengkap, gelar_blk, email_dinas, email_pribadi, no_hp,
                     kd_satker, nm_jabatan, kd_jenis_jab, pangkat_gol, kd_status_peg, kd_kedudukan,
                     tmt_cpns, tmt_jab, tmt_gol, tgl_update)
VALUES ('199307302020122007', NULL, NULL, 'Rangga Pratama', 'S.Kom.', 'rangga.pratama@tangerangselatankota.go.id',
        NULL, NULL, 'SK01', 'Pranata Komputer Ahli Pertama', '7', 'III/a', 'P', '01',
        DATE '2020-12-01', DATE '2021-06-01', DATE '2020-12-01', TIMESTAMP '2025-07-01 12:00:00.25');
