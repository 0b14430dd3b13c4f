-- Removes the reference schema with all its rows: for test databases and benchmarks only.
DROP TABLE IF EXISTS ringkasan_kompetensi;
DROP TABLE IF EXISTS riwayat_diklat;
DROP TABLE IF EXISTS magang;
DROP TABLE IF EXISTS asn;
DROP TABLE IF EXISTS unit_kerja;
