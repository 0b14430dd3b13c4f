INSERT INTO magang (nomor_induk, jenis_nomor, nama, email, perguruan_tinggi, unit_kerja_kode, mentor_nip,
                    tanggal_mulai, tanggal_selesai, updated_at)
VALUES (:nomor_induk, :jenis_nomor, :nama, :email, :perguruan_tinggi, :opd_kode, :mentor_nip,
        :tanggal_mulai, :tanggal_selesai, :updated_at)
