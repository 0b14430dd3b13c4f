-- kinerja-performance and kinerja-recommendations: one page of SKP period results changed after the cursor and up
-- to the bound captured at the start of the pass.
-- Parameters: :since_updated_at, :since_id (the cursor: last row of the previous page),
--             :until_updated_at (from max-updated-at.sql), :limit (page size).
-- The output column names (aliases) are the contract with the bridge; see README.md. Required: id, nip, tahun,
-- periode, rating_hasil_kerja, rating_perilaku_kerja, updated_at; the others may be left out.
SELECT p.id                AS id,
       p.nip               AS nip,
       p.nama              AS nama,
       p.tahun             AS tahun,
       p.periode           AS periode,
       p.hasil_kerja       AS rating_hasil_kerja,
       p.perilaku_kerja    AS rating_perilaku_kerja,
       p.predikat          AS predikat,
       p.penilai_nip       AS penilai_nip,
       p.penilai_nama      AS penilai_nama,
       p.jenis_jabatan     AS jabatan_jenis,
       p.unit_kerja_kode   AS opd_kode,
       p.unit_kerja_nama   AS opd_nama,
       p.kompetensi_kurang AS kompetensi_kurang,
       p.tanggal_penilaian AS tanggal_penilaian,
       p.updated_at        AS updated_at
FROM skp_penilaian p
WHERE p.updated_at >= :since_updated_at
  AND (p.updated_at > :since_updated_at
       OR (p.updated_at = :since_updated_at AND p.id > :since_id))
  AND p.updated_at <= :until_updated_at
ORDER BY p.updated_at, p.id
LIMIT :limit
