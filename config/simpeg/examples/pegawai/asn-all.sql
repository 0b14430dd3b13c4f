-- asn-all.sql for the same site: every ASN in NIP order, for the full reconcile.
SELECT p.nip_baru                               AS nip,
       p.gelar_dpn                              AS gelar_depan,
       p.nama_lengkap                           AS nama,
       p.gelar_blk                              AS gelar_belakang,
       COALESCE(p.email_dinas, p.email_pribadi) AS email,
       p.no_hp                                  AS telepon,
       p.kd_satker                              AS opd_kode,
       s.nm_satker                              AS opd_nama,
       p.nm_jabatan                             AS jabatan_nama,
       CASE p.kd_jenis_jab WHEN '1' THEN 'STRUKTURAL'
                           WHEN '2' THEN 'FUNGSIONAL'
                           WHEN '4' THEN 'PELAKSANA' END AS jabatan_jenis,
       p.pangkat_gol                            AS golongan,
       CASE p.kd_status_peg WHEN 'C' THEN 'CPNS'
                            WHEN 'P' THEN 'PNS'
                            WHEN 'K' THEN 'PPPK'
                            ELSE p.kd_status_peg END AS status_kepegawaian,
       CASE p.kd_kedudukan WHEN '01' THEN 'AKTIF'
                           WHEN '02' THEN 'PENSIUN'
                           WHEN '03' THEN 'MUTASI_KELUAR'
                           WHEN '04' THEN 'MENINGGAL'
                           ELSE p.kd_kedudukan END AS status_aktif,
       p.tmt_cpns                               AS tmt_cpns,
       p.tmt_jab                                AS tmt_jabatan,
       p.tmt_gol                                AS tmt_golongan,
       p.tgl_update                             AS updated_at
FROM pegawai p
LEFT JOIN ref_satker s ON s.kd_satker = p.kd_satker
WHERE p.nip_baru > :since_nip
ORDER BY p.nip_baru
LIMIT :limit
