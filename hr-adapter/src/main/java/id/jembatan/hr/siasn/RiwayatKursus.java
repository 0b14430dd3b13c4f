package id.jembatan.hr.siasn;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One riwayat kursus in the shape of SIASN's API: the body a credit is pushed as.
 *
 * @param jenisKursusId          the type's id in the HR system ({@code jembatan.siasn.jenis-kursus.*})
 * @param jumlahJam              hours credited (JP)
 * @param namaKursus             title
 * @param nomorSertipikat        certificate number (SIASN's spelling)
 * @param tanggalKursus          first day (the completion date when the start is not known)
 * @param tanggalSelesaiKursus   completion date
 * @param institusiPenyelenggara provider
 * @param tahunKursus            year
 * @param pnsOrangId             the ASN as the HR system identifies them (the NIP here)
 */
public record RiwayatKursus(String jenisKursusId, BigDecimal jumlahJam, String namaKursus, String nomorSertipikat,
        LocalDate tanggalKursus, LocalDate tanggalSelesaiKursus, String institusiPenyelenggara, int tahunKursus,
        String pnsOrangId) {

    /** SIASN writes dates as {@code dd-mm-yyyy}. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    public RiwayatKursus {
        Objects.requireNonNull(jumlahJam, "jumlahJam");
        Objects.requireNonNull(tanggalSelesaiKursus, "tanggalSelesaiKursus");
        Objects.requireNonNull(pnsOrangId, "pnsOrangId");
    }

    /** The JSON object, fields in SIASN's order; whole hours as integers. */
    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("jenisKursusId", jenisKursusId);
        BigDecimal jam = jumlahJam.stripTrailingZeros();
        body.put("jumlahJam", jam.scale() <= 0 ? (Object) jam.intValueExact() : jam);
        body.put("namaKursus", namaKursus);
        body.put("nomorSertipikat", nomorSertipikat);
        body.put("tanggalKursus", DATE.format(tanggalKursus == null ? tanggalSelesaiKursus : tanggalKursus));
        body.put("tanggalSelesaiKursus", DATE.format(tanggalSelesaiKursus));
        body.put("institusiPenyelenggara", institusiPenyelenggara);
        body.put("tahunKursus", tahunKursus);
        body.put("pnsOrangId", pnsOrangId);
        return body;
    }
}
