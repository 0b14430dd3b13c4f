-- Competency summary for HR systems that read tables: one row per ASN and year, written in batches after each
-- lrs-credits pass, so a rerun changes nothing but diperbarui_pada. MariaDB 10.3+ and MySQL (also H2 in
-- MariaDB mode). Parameters as in ringkasan-kompetensi-upsert-postgresql.sql.
INSERT INTO ringkasan_kompetensi (nip, tahun, total_jp, jp_teknis, jp_manajerial, jp_sosial_kultural,
                                  jp_jenis_belum_diketahui, jumlah_jp_belum_diketahui, memenuhi_target,
                                  diperbarui_pada)
VALUES (:nip, :tahun, :total_jp, :jp_teknis, :jp_manajerial, :jp_sosial_kultural,
        :jp_jenis_belum_diketahui, :jumlah_jp_belum_diketahui, :memenuhi_target, :diperbarui_pada)
ON DUPLICATE KEY UPDATE
    total_jp                  = VALUES(total_jp),
    jp_teknis                 = VALUES(jp_teknis),
    jp_manajerial             = VALUES(jp_manajerial),
    jp_sosial_kultural        = VALUES(jp_sosial_kultural),
    jp_jenis_belum_diketahui  = VALUES(jp_jenis_belum_diketahui),
    jumlah_jp_belum_diketahui = VALUES(jumlah_jp_belum_diketahui),
    memenuhi_target           = VALUES(memenuhi_target),
    diperbarui_pada           = VALUES(diperbarui_pada)
