-- The competency summary upsert for an H2 SIMPEG (the demo's, and tests'): H2's own MERGE ... KEY, which H2 accepts
-- in every compatibility mode, where it refuses PostgreSQL's ON CONFLICT. Same rows and parameters as
-- ringkasan-kompetensi-upsert-postgresql.sql.
MERGE INTO ringkasan_kompetensi (nip, tahun, total_jp, jp_teknis, jp_manajerial, jp_sosial_kultural,
                                 jp_jenis_belum_diketahui, jumlah_jp_belum_diketahui, memenuhi_target,
                                 diperbarui_pada)
KEY (nip, tahun)
VALUES (:nip, :tahun, :total_jp, :jp_teknis, :jp_manajerial, :jp_sosial_kultural,
        :jp_jenis_belum_diketahui, :jumlah_jp_belum_diketahui, :memenuhi_target, :diperbarui_pada)
