package id.jembatan.flow.kinerja;

import id.jembatan.hr.Nip;
import id.jembatan.hr.kinerja.IndicatorNote;
import id.jembatan.hr.kinerja.PeriodResult;
import id.jembatan.hr.kinerja.Predikat;
import id.jembatan.hr.kinerja.Rating;
import id.jembatan.hr.kinerja.SkpPeriod;
import id.jembatan.hr.simpeg.JabatanKind;
import java.time.LocalDate;
import java.util.List;

/** Period results for tests. */
final class Results {

    static final String SITI = "198503152010012003";
    static final String ANDI = "199001012015031001";
    static final String PENILAI = "197801012005011002";

    private Results() {
    }

    static PeriodResult result(String nip, Rating hasil, Rating perilaku, JabatanKind jabatan, List<IndicatorNote> notes,
            List<String> missing) {
        return new PeriodResult("skp-" + nip, Nip.of(nip), "ASN " + nip.substring(14), 2025, SkpPeriod.TRIWULAN_I,
                hasil, perilaku, Predikat.of(hasil, perilaku), Nip.of(PENILAI), "Budi Santoso", jabatan, "4.01.01",
                "Dinas Komunikasi dan Informatika", LocalDate.of(2025, 4, 10), null, notes, missing);
    }
}
