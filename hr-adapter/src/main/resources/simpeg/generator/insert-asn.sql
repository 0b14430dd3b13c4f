INSERT INTO asn (nip, gelar_depan, nama, gelar_belakang, email, telepon, unit_kerja_kode, jabatan_nama,
                 jabatan_jenis, golongan, status_kepegawaian, status_aktif, tmt_cpns, tmt_jabatan, tmt_golongan,
                 updated_at)
VALUES (:nip, :gelar_depan, :nama, :gelar_belakang, :email, :telepon, :opd_kode, :jabatan_nama,
        :jabatan_jenis, :golongan, :status_kepegawaian, :status_aktif, :tmt_cpns, :tmt_jabatan, :tmt_golongan,
        :updated_at)
