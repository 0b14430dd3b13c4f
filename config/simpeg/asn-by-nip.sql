-- lrs-credits: is this NIP an ASN in SIMPEG, and in which OPD? No row = not in SIMPEG (the credit goes to the
-- dead letters). Run once per NIP per pass on one prepared statement. Portable. Parameter: :nip
-- Columns: nip, opd_code (may be null)
SELECT a.nip AS nip, a.unit_kerja_kode AS opd_code
FROM asn a
WHERE a.nip = :nip
