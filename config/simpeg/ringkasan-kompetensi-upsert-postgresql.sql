-- Competency summary for HR systems that read tables: one row per ASN and year, written in batches after each
-- lrs-credits pass (and rewritten whole when a year is refreshed), so a rerun changes nothing but diperbarui_pada.
-- PostgreSQL 9.5+. Parameters: :nip, :tahun, :total_jp, :jp_teknis, :jp_manajerial, :jp_sosial_kultural,
-- :jp_jenis_belum_diketahui, :jumlah_jp_belum_diketahui, :memenuhi_target, :diperbarui_pada.
INSERT INTO ringkasan_kompetensi (nip, tahun, total_jp, jp_teknis, jp_manajerial, jp_sosial_kultural,
                                  jp_jenis_belum_diketahui, jumlah_jp_belum_diketahui, memenuhi_target,
                                  diperbarui_pada)
VALUES (:nip, :tahun, :total_jp, :jp_teknis, :jp_manajerial, :jp_sosial_kultural,
        :jp_jenis_belum_diketahui, :jumlah_jp_belum_diketahui, :memenuhi_target, :diperbarui_pada)
ON CONFLICT (nip, tahun) DO UPDATE SET
    total_jp                  = EXCLUDED.total_jp,
    jp_teknis                 = EXCLUDED.jp_teknis,
    jp_manajerial             = EXCLUDED.jp_manajerial,
    jp_sosial_kultural        = EXCLUDED.jp_sosial_kultural,
    jp_jenis_belum_diketahui  = EXCLUDED.jp_jenis_belum_diketahui,
    jumlah_jp_belum_diketahui = EXCLUDED.jumlah_jp_belum_diketahui,
    memenuhi_target           = EXCLUDED.memenuhi_target,
    diperbarui_pada           = EXCLUDED.diperbarui_pada
