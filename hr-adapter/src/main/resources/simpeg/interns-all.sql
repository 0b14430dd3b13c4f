-- hr-profiles full reconcile (interns): one page of every intern in nomor_induk order.
-- Parameters: :since_nomor_induk (empty text for the first page), :limit.
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
WHERE m.nomor_induk > :since_nomor_induk
ORDER BY m.nomor_induk
LIMIT :limit
