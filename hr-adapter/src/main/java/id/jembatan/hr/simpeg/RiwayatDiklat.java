package id.jembatan.hr.simpeg;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One row of SIMPEG's riwayat diklat as the {@code lrs-credits} flow writes it: one competency credit.
 *
 * @param statementId     the xAPI statement that evidences the credit; the row's key
 * @param nip             the ASN
 * @param namaDiklat      the course or training title
 * @param jenisKompetensi {@code TEKNIS}, {@code MANAJERIAL} or {@code SOSIAL_KULTURAL}; null when not known
 * @param jp              jam pelajaran; null when not known (never guessed)
 * @param tanggalMulai    first day, when known
 * @param tanggalSelesai  completion date
 * @param tahun           the year the credit counts for
 * @param nomorSertifikat certificate number
 * @param penyelenggara   the provider (institusi penyelenggara)
 * @param sumber          where the statement came from: {@code moodle:<host>} or {@code partner:<name>}
 */
public record RiwayatDiklat(String statementId, String nip, String namaDiklat, String jenisKompetensi, BigDecimal jp,
        LocalDate tanggalMulai, LocalDate tanggalSelesai, int tahun, String nomorSertifikat, String penyelenggara,
        String sumber) {

    public RiwayatDiklat {
        Objects.requireNonNull(statementId, "statementId");
        Objects.requireNonNull(nip, "nip");
        Objects.requireNonNull(namaDiklat, "namaDiklat");
        Objects.requireNonNull(tanggalSelesai, "tanggalSelesai");
        Objects.requireNonNull(nomorSertifikat, "nomorSertifikat");
        Objects.requireNonNull(penyelenggara, "penyelenggara");
        Objects.requireNonNull(sumber, "sumber");
    }

    /** The named parameters of {@code riwayat-diklat-upsert.sql}. */
    Map<String, Object> parameters() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("statement_id", statementId);
        values.put("nip", nip);
        values.put("nama_diklat", namaDiklat);
        values.put("jenis_kompetensi", jenisKompetensi);
        values.put("jp", jp);
        values.put("tanggal_mulai", tanggalMulai);
        values.put("tanggal_selesai", tanggalSelesai);
        values.put("tahun", tahun);
        values.put("nomor_sertifikat", nomorSertifikat);
        values.put("penyelenggara", penyelenggara);
        values.put("sumber", sumber);
        return values;
    }
}
