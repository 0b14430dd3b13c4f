-- Competency API: every active ASN with the unit kerja (OPD) they belong to now. The OPD headcount of the
-- competency figures is this list, so an active ASN without any credit counts as not meeting the target.
-- No parameters. Output columns: nip, nama, opd_kode, opd_nama (nama, opd_kode, opd_nama may be NULL).
SELECT a.nip              AS nip,
       a.nama             AS nama,
       a.unit_kerja_kode  AS opd_kode,
       u.nama             AS opd_nama
FROM asn a
LEFT JOIN unit_kerja u ON u.kode = a.unit_kerja_kode
WHERE a.status_aktif = 'AKTIF'
ORDER BY a.unit_kerja_kode, a.nip
