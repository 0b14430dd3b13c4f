-- lrs-credits: writes one competency credit into the riwayat diklat, keyed by the statement id: when a row for the
-- statement is already there nothing is written, so a rerun changes nothing. Portable (PostgreSQL, MariaDB/MySQL,
-- H2). A site with its own table copies this file to jembatan.simpeg.sql-dir and maps the parameters to its
-- columns (a native upsert such as ON CONFLICT DO NOTHING serves as well); it may leave parameters out, but not
-- :statement_id or :nip.
-- Parameters: :statement_id :nip :nama_diklat :jenis_kompetensi (TEKNIS, MANAJERIAL, SOSIAL_KULTURAL or null)
-- :jp (decimal, null = JP not known) :tanggal_mulai (date or null) :tanggal_selesai (date) :tahun (integer)
-- :nomor_sertifikat :penyelenggara :sumber
INSERT INTO riwayat_diklat (statement_id, nip, nama_diklat, jenis_kompetensi, jp, tanggal_mulai, tanggal_selesai,
                            tahun, nomor_sertifikat, penyelenggara, sumber)
SELECT :statement_id, :nip, :nama_diklat, :jenis_kompetensi, :jp, :tanggal_mulai, :tanggal_selesai,
       :tahun, :nomor_sertifikat, :penyelenggara, :sumber
FROM (SELECT 1 AS one) single_row
WHERE NOT EXISTS (SELECT 1 FROM riwayat_diklat r WHERE r.statement_id = :statement_id)
