-- hr-profiles: one page of ASN changed after the cursor and up to the bound captured at the start of the run.
-- Parameters: :since_updated_at, :since_nip (the cursor: last row of the previous page),
--             :until_updated_at (from max-updated-at.sql), :limit (page size).
-- The output column names (aliases) are the contract with the bridge; see README.md. The first
-- condition repeats part of the second so that the database can range-scan the (updated_at, nip) index.
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
WHERE a.updated_at >= :since_updated_at
  AND (a.updated_at > :since_updated_at
       OR (a.updated_at = :since_updated_at AND a.nip > :since_nip))
  AND a.updated_at <= :until_updated_at
ORDER BY a.updated_at, a.nip
LIMIT :limit
