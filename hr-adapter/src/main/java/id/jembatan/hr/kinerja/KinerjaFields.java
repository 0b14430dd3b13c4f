package id.jembatan.hr.kinerja;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields of an e-Kinerja record Jembatan reads, by role. The SQL source expects them as column aliases (the role
 * with {@code _} for {@code -}: {@code rating_hasil_kerja}); the HTTP source finds each in the JSON record at the path
 * configured for it ({@code jembatan.kinerja.fields.<role>}, dots for nested objects), by default the field names of
 * SIASN's SKP 2022 records ({@link #siasnDefaults()}).
 */
public final class KinerjaFields {

    public static final String ID = "id";
    public static final String NIP = "nip";
    public static final String NAMA = "nama";
    public static final String TAHUN = "tahun";
    public static final String PERIODE = "periode";
    public static final String RATING_HASIL_KERJA = "rating-hasil-kerja";
    public static final String RATING_PERILAKU_KERJA = "rating-perilaku-kerja";
    public static final String PREDIKAT = "predikat";
    public static final String PENILAI_NIP = "penilai-nip";
    public static final String PENILAI_NAMA = "penilai-nama";
    public static final String JABATAN_JENIS = "jabatan-jenis";
    public static final String OPD_KODE = "opd-kode";
    public static final String OPD_NAMA = "opd-nama";
    public static final String TANGGAL_PENILAIAN = "tanggal-penilaian";
    public static final String UPDATED_AT = "updated-at";
    /** A list of indicator objects; their fields are {@link #INDIKATOR_URAIAN} and {@link #INDIKATOR_CATATAN}. */
    public static final String INDIKATOR = "indikator";
    public static final String INDIKATOR_URAIAN = "indikator-uraian";
    public static final String INDIKATOR_CATATAN = "indikator-catatan";
    /** A list of strings, or one string separated by {@code ;}. */
    public static final String KOMPETENSI_KURANG = "kompetensi-kurang";

    /** Every role, in the order of the reference record. */
    public static final List<String> ROLES = List.of(ID, NIP, NAMA, TAHUN, PERIODE, RATING_HASIL_KERJA,
            RATING_PERILAKU_KERJA, PREDIKAT, PENILAI_NIP, PENILAI_NAMA, JABATAN_JENIS, OPD_KODE, OPD_NAMA,
            TANGGAL_PENILAIAN, UPDATED_AT, INDIKATOR, INDIKATOR_URAIAN, INDIKATOR_CATATAN, KOMPETENSI_KURANG);

    /** Roles a record must have. */
    public static final Set<String> REQUIRED = Set.of(NIP, TAHUN, PERIODE, RATING_HASIL_KERJA, RATING_PERILAKU_KERJA);

    private KinerjaFields() {
    }

    /**
     * The JSON field of each role in SIASN's SKP 2022 shape: {@code tahun}, {@code hasilKinerjaNilai},
     * {@code perilakuKerjaNilai}, {@code kuadranKinerjaNilai}, {@code nipNrpPenilai}, {@code namaPenilai}, plus
     * {@code nipBaru}, {@code periode}, {@code indikator[].uraian/catatan} and {@code kompetensiBelumTerpenuhi}
     * that a regional e-Kinerja adds.
     */
    public static Map<String, String> siasnDefaults() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(ID, "id");
        fields.put(NIP, "nipBaru");
        fields.put(NAMA, "nama");
        fields.put(TAHUN, "tahun");
        fields.put(PERIODE, "periode");
        fields.put(RATING_HASIL_KERJA, "hasilKinerjaNilai");
        fields.put(RATING_PERILAKU_KERJA, "perilakuKerjaNilai");
        fields.put(PREDIKAT, "kuadranKinerjaNilai");
        fields.put(PENILAI_NIP, "nipNrpPenilai");
        fields.put(PENILAI_NAMA, "namaPenilai");
        fields.put(JABATAN_JENIS, "jenisJabatan");
        fields.put(OPD_KODE, "unorId");
        fields.put(OPD_NAMA, "unorNama");
        fields.put(TANGGAL_PENILAIAN, "tanggalPenilaian");
        fields.put(UPDATED_AT, "updatedAt");
        fields.put(INDIKATOR, "indikator");
        fields.put(INDIKATOR_URAIAN, "uraian");
        fields.put(INDIKATOR_CATATAN, "catatan");
        fields.put(KOMPETENSI_KURANG, "kompetensiBelumTerpenuhi");
        return fields;
    }

    /**
     * The defaults with {@code overrides} applied; an empty override turns a role off.
     *
     * @throws KinerjaException (fatal) naming {@code jembatan.kinerja.fields.<role>} for an unknown role, or when a
     *     required role is turned off
     */
    public static Map<String, String> withOverrides(Map<String, String> overrides) {
        Map<String, String> fields = siasnDefaults();
        overrides.forEach((role, path) -> {
            if (!ROLES.contains(role)) {
                throw KinerjaException.configuration("jembatan.kinerja.fields." + role + ": peran tidak dikenal / unknown"
                        + " role; known: " + ROLES);
            }
            if (path == null || path.isBlank()) {
                if (REQUIRED.contains(role)) {
                    throw KinerjaException.configuration("jembatan.kinerja.fields." + role + " wajib / is required");
                }
                fields.remove(role);
            } else {
                fields.put(role, path.strip());
            }
        });
        return fields;
    }
}
