-- hr-profiles full reconcile: one page of every ASN, whatever its updated_at, in NIP order.
-- Parameters: :since_nip (last NIP of the previous page; empty text for the first page), :limit.
-- Same output columns as asn-changed.sql.
SELECT a.nip                 AS nip,
       a.gelar_depan         AS gelar_depan,
       a.nama                AS nama,
       a.gelar_belakang      AS gelar_belakang,
       a.email               AS email,
       a.telepon             AS telepon,
       a.unit_kerja_kode     AS opd_kode,
       u.nama                AS opd_nama,
       a.jabatan_nama        AS jabatan_nama,
       a.jabatan_jenis       AS jabatan_jenis,
       a.golongan            AS golongan,
       a.status_kepegawaian  AS status_kepegawaian,
       a.status_aktif        AS status_aktif,
       a.tmt_cpns            AS tmt_cpns,
       a.tmt_jabatan         AS tmt_jabatan,
       a.tmt_golongan        AS tmt_golongan,
       a.updated_at          AS updated_at
FROM asn a
LEFT JOIN unit_kerja u ON u.kode = a.unit_kerja_kode
WHERE a.nip > :since_nip
ORDER BY a.nip
LIMIT :limit
