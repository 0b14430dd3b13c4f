-- max-updated-at.sql for the same site.
SELECT MAX(p.tgl_update) AS max_updated_at
FROM pegawai p
