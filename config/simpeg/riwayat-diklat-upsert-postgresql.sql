-- lrs-credits on PostgreSQL: writes one competency credit into the riwayat diklat, keyed by the statement id; a row
-- already there for the statement is left as it is, so a rerun changes nothing. The native form of the portable
-- riwayat-diklat-upsert.sql: a plain INSERT ... VALUES that the driver sends many rows at a time
-- (reWriteBatchedInserts), where INSERT ... SELECT ... WHERE NOT EXISTS costs one statement per row. Chosen when
-- jembatan.simpeg.jdbc-url starts with jdbc:postgresql:; a site's riwayat-diklat-upsert.sql (or its own
-- riwayat-diklat-upsert-postgresql.sql) in jembatan.simpeg.sql-dir wins. A clash on another unique key
-- (nomor_sertifikat) is still an error. Parameters as in riwayat-diklat-upsert.sql.
INSERT INTO riwayat_diklat (statement_id, nip, nama_diklat, jenis_kompetensi, jp, tanggal_mulai, tanggal_selesai,
                            tahun, nomor_sertifikat, penyelenggara, sumber)
VALUES (:statement_id, :nip, :nama_diklat, :jenis_kompetensi, :jp, :tanggal_mulai, :tanggal_selesai,
        :tahun, :nomor_sertifikat, :penyelenggara, :sumber)
ON CONFLICT (statement_id) DO NOTHING
