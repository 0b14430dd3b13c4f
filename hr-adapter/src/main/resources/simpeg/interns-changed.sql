-- hr-profiles (interns): one page of interns changed after the cursor and up to the captured bound.
-- Parameters: :since_updated_at, :since_nomor_induk, :until_updated_at, :limit.
SELECT m.nomor_induk       AS nomor_induk,
       m.jenis_nomor       AS jenis_nomor,
       m.nama              AS nama,
       m.email             AS email,
       m.perguruan_tinggi  AS perguruan_tinggi,
       m.unit_kerja_kode   AS opd_kode,
       u.nama              AS opd_nama,
       m.mentor_nip        AS mentor_nip,
       m.tanggal_mulai     AS tanggal_mulai,
       m.tanggal_selesai   AS tanggal_selesai,
       m.updated_at        AS updated_at
FROM magang m
LEFT JOIN unit_kerja u ON u.kode = m.unit_kerja_kode
WHERE m.updated_at >= :since_updated_at
  AND (m.updated_at > :since_updated_at
       OR (m.updated_at = :since_updated_at AND m.nomor_induk > :since_nomor_induk))
  AND m.updated_at <= :until_updated_at
ORDER BY m.updated_at, m.nomor_induk
LIMIT :limit
