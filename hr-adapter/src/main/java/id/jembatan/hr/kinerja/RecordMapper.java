package id.jembatan.hr.kinerja;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jembatan.hr.Nip;
import id.jembatan.hr.simpeg.JabatanKind;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one record, as a map from role ({@link KinerjaFields}) to value, into a {@link PeriodResult} or a
 * {@link RejectedRecord}. Pure: the same record always gives the same answer. The predikat is computed from the two
 * ratings; a source predikat that differs is a contradiction, rejected with both, never corrected.
 */
public final class RecordMapper {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final KinerjaCodes codes;

    public RecordMapper(KinerjaCodes codes) {
        this.codes = codes;
    }

    /**
     * Maps a record.
     *
     * @param record role → value: text, numbers, dates ({@link LocalDate}, {@link LocalDateTime} or ISO text), lists
     * @param position where the record was read, for the key of a record without a readable NIP
     */
    public KinerjaRow map(Map<String, ?> record, String position) {
        List<String> problems = new ArrayList<>();
        String nipText = text(record, KinerjaFields.NIP);
        Nip nip = null;
        if (nipText == null) {
            problems.add("NIP kosong / NIP missing (" + KinerjaFields.NIP + ")");
        } else {
            Nip.Result checked = Nip.check(nipText);
            if (checked.valid()) {
                nip = checked.nip();
            } else {
                problems.add("NIP tidak valid / invalid NIP '" + nipText + "': " + checked.reason().message());
            }
        }
        Integer year = year(record, problems);
        SkpPeriod period = null;
        String periodText = text(record, KinerjaFields.PERIODE);
        if (periodText == null) {
            problems.add("periode kosong / period missing (" + KinerjaFields.PERIODE + ")");
        } else {
            period = SkpPeriod.parse(periodText).orElse(null);
            if (period == null) {
                problems.add("periode tidak dikenal / unknown period '" + periodText + "' (TAHUNAN, TRIWULAN I-IV,"
                        + " SEMESTER I-II)");
            }
        }
        Rating hasil = rating(record, KinerjaFields.RATING_HASIL_KERJA, problems);
        Rating perilaku = rating(record, KinerjaFields.RATING_PERILAKU_KERJA, problems);
        Predikat stated = null;
        String predikatText = text(record, KinerjaFields.PREDIKAT);
        if (predikatText != null) {
            stated = Predikat.parse(predikatText, codes.predikats()).orElse(null);
            if (stated == null) {
                problems.add("predikat tidak dikenal / unknown predikat '" + predikatText + "' (" + KinerjaFields.PREDIKAT
                        + ")");
            }
        }
        Nip evaluator = null;
        String evaluatorText = text(record, KinerjaFields.PENILAI_NIP);
        if (evaluatorText != null) {
            Nip.Result checked = Nip.check(evaluatorText);
            if (checked.valid()) {
                evaluator = checked.nip();
            } else {
                problems.add("NIP penilai tidak valid / invalid evaluator NIP '" + evaluatorText + "': "
                        + checked.reason().message());
            }
        }
        JabatanKind jabatan = null;
        String jabatanText = text(record, KinerjaFields.JABATAN_JENIS);
        if (jabatanText != null) {
            jabatan = JabatanKind.fromCode(jabatanText).orElse(null);
            if (jabatan == null) {
                problems.add("jenis jabatan tidak dikenal / unknown jabatan kind '" + jabatanText
                        + "' (STRUKTURAL, FUNGSIONAL, PELAKSANA)");
            }
        }
        LocalDate evaluatedOn = date(record, KinerjaFields.TANGGAL_PENILAIAN, problems);
        LocalDateTime updatedAt = dateTime(record, KinerjaFields.UPDATED_AT, problems);

        String key = nip != null && year != null && period != null ? nip.value() + "/" + year + "/" + period.key()
                : fallbackKey(record, nipText, position);
        if (!problems.isEmpty()) {
            return new RejectedRecord(key, payload(record, null), String.join("; ", problems),
                    RejectedRecord.Kind.INVALID);
        }
        Predikat computed = Predikat.of(hasil, perilaku);
        if (stated != null && stated != computed) {
            Map<String, Object> both = new LinkedHashMap<>();
            both.put("predikatSumber", stated.label());
            both.put("predikatMatriks", computed.label());
            return new RejectedRecord(key, payload(record, both), "predikat dari e-Kinerja '" + stated.label()
                    + "' bertentangan dengan rating-nya / the source predikat contradicts its ratings: hasil kerja "
                    + hasil.label() + " dan perilaku kerja " + perilaku.label() + " memberi / give '" + computed.label()
                    + "' menurut matriks PermenPANRB 6/2022", RejectedRecord.Kind.CONTRADICTION);
        }
        return new PeriodResult(text(record, KinerjaFields.ID), nip, text(record, KinerjaFields.NAMA), year, period,
                hasil, perilaku, computed, evaluator, text(record, KinerjaFields.PENILAI_NAMA), jabatan,
                text(record, KinerjaFields.OPD_KODE), text(record, KinerjaFields.OPD_NAMA), evaluatedOn, updatedAt,
                indicators(record), competencies(record));
    }

    private Integer year(Map<String, ?> record, List<String> problems) {
        String text = text(record, KinerjaFields.TAHUN);
        if (text == null) {
            problems.add("tahun kosong / year missing (" + KinerjaFields.TAHUN + ")");
            return null;
        }
        try {
            int year = (int) Double.parseDouble(text);
            if (year < 2000 || year > 2100 || year != Double.parseDouble(text)) {
                throw new NumberFormatException();
            }
            return year;
        } catch (NumberFormatException e) {
            problems.add("tahun tidak valid / invalid year '" + text + "'");
            return null;
        }
    }

    private Rating rating(Map<String, ?> record, String role, List<String> problems) {
        String text = text(record, role);
        if (text == null) {
            problems.add(role + " kosong / missing");
            return null;
        }
        Rating rating = Rating.parse(text, codes.ratings()).orElse(null);
        if (rating == null) {
            problems.add(role + " tidak dikenal / unknown '" + text + "' (di atas, sesuai, di bawah ekspektasi)");
        }
        return rating;
    }

    private static LocalDate date(Map<String, ?> record, String role, List<String> problems) {
        Object value = record.get(role);
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof LocalDateTime t) {
            return t.toLocalDate();
        }
        String text = text(record, role);
        if (text == null) {
            return null;
        }
        TemporalAccessor parsed = parseTime(text);
        if (parsed == null) {
            problems.add(role + " bukan tanggal / is not a date: '" + text + "'");
            return null;
        }
        return parsed instanceof LocalDate d ? d : ((LocalDateTime) parsed).toLocalDate();
    }

    private static LocalDateTime dateTime(Map<String, ?> record, String role, List<String> problems) {
        Object value = record.get(role);
        if (value instanceof LocalDateTime t) {
            return t;
        }
        String text = text(record, role);
        if (text == null) {
            return null;
        }
        TemporalAccessor parsed = parseTime(text);
        if (parsed == null) {
            problems.add(role + " bukan waktu / is not a time: '" + text + "'");
            return null;
        }
        return parsed instanceof LocalDate d ? d.atStartOfDay() : (LocalDateTime) parsed;
    }

    /** ISO date, date-time (local, WIB) or date-time with offset (converted to WIB); null when none fits. */
    private static TemporalAccessor parseTime(String text) {
        String t = text.strip();
        try {
            if (t.length() == 10) {
                return LocalDate.parse(t);
            }
            if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(t).atZoneSameInstant(WIB).toLocalDateTime();
            }
            return LocalDateTime.parse(t.replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static List<IndicatorNote> indicators(Map<String, ?> record) {
        Object value = record.get(KinerjaFields.INDIKATOR);
        List<IndicatorNote> notes = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> map) {
                    IndicatorNote note = new IndicatorNote(string(map.get(KinerjaFields.INDIKATOR_URAIAN)),
                            string(map.get(KinerjaFields.INDIKATOR_CATATAN)));
                    if (!note.indicator().isEmpty() || !note.note().isEmpty()) {
                        notes.add(note);
                    }
                } else if (item != null && !string(item).isBlank()) {
                    notes.add(new IndicatorNote("", string(item)));
                }
            }
        } else if (value != null && !string(value).isBlank()) {
            notes.add(new IndicatorNote("", string(value)));
        }
        return notes;
    }

    private static List<String> competencies(Map<String, ?> record) {
        Object value = record.get(KinerjaFields.KOMPETENSI_KURANG);
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.stream().filter(v -> v != null && !string(v).isBlank()).forEach(v -> out.add(string(v).strip()));
        } else if (value != null) {
            for (String part : string(value).split(";")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }

    private static String fallbackKey(Map<String, ?> record, String nipText, String position) {
        String id = text(record, KinerjaFields.ID);
        if (id != null) {
            return "id:" + id;
        }
        return (nipText == null ? "tanpa-nip" : nipText) + "@" + position;
    }

    private static String text(Map<String, ?> record, String role) {
        Object value = record.get(role);
        if (value == null || value instanceof List<?> || value instanceof Map<?, ?>) {
            return null;
        }
        String text = string(value).strip();
        return text.isEmpty() ? null : text;
    }

    private static String string(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            return Long.toString(d.longValue());
        }
        return value.toString();
    }

    /** The record as JSON, dates as ISO text, with {@code extra} beside it when given. */
    static String payload(Map<String, ?> record, Map<String, Object> extra) {
        Map<String, Object> plain = new LinkedHashMap<>();
        record.forEach((k, v) -> plain.put(k, plain(v)));
        Object body = plain;
        if (extra != null) {
            Map<String, Object> wrapped = new LinkedHashMap<>();
            wrapped.put("record", plain);
            wrapped.putAll(extra);
            body = wrapped;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            return String.valueOf(body);
        }
    }

    private static Object plain(Object value) {
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(RecordMapper::plain).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
            return out;
        }
        return value;
    }
}
