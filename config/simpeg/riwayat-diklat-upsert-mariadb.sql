-- lrs-credits on MariaDB/MySQL: writes one competency credit into the riwayat diklat, keyed by the statement id; a
-- row already there for the statement is left as it is, so a rerun changes nothing. The native form of the portable
-- riwayat-diklat-upsert.sql: an INSERT ... VALUES, which MariaDB's driver sends as one bulk batch, where
-- INSERT ... SELECT must go row by row. Chosen when jembatan.simpeg.jdbc-url starts with jdbc:mariadb: or
-- jdbc:mysql:; a site's riwayat-diklat-upsert.sql (or its own riwayat-diklat-upsert-mariadb.sql) in
-- jembatan.simpeg.sql-dir wins. MariaDB cannot name the key of ON DUPLICATE KEY: a row clashing on nomor_sertifikat
-- is left alone as well (the bridge's ledger keeps certificate numbers unique before anything reaches SIMPEG). Not
-- INSERT IGNORE, which would also turn bad data into warnings. Parameters as in riwayat-diklat-upsert.sql.
INSERT INTO riwayat_diklat (statement_id, nip, nama_diklat, jenis_kompetensi, jp, tanggal_mulai, tanggal_selesai,
                            tahun, nomor_sertifikat, penyelenggara, sumber)
VALUES (:statement_id, :nip, :nama_diklat, :jenis_kompetensi, :jp, :tanggal_mulai, :tanggal_selesai,
        :tahun, :nomor_sertifikat, :penyelenggara, :sumber)
ON DUPLICATE KEY UPDATE statement_id = statement_id
