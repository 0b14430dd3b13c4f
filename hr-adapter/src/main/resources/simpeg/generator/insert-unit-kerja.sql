INSERT INTO unit_kerja (kode, nama, singkatan, updated_at)
VALUES (:kode, :nama, :singkatan, :updated_at)
