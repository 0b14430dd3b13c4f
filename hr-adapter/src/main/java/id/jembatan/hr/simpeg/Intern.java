package id.jembatan.hr.simpeg;

import id.jembatan.hr.Nip;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * An intern (peserta magang) hosted by an OPD, checked like an {@link AsnProfile}. Each component is read
 * from the column alias named in brackets.
 *
 * @param idNumber NIK or student number [{@code nomor_induk}], as SIMPEG keeps it
 * @param idKind which of the two {@code idNumber} is [{@code jenis_nomor}]
 * @param name full name [{@code nama}]
 * @param email email address [{@code email}]
 * @param university university or school [{@code perguruan_tinggi}], or null
 * @param opdCode code of the host unit kerja [{@code opd_kode}], or null
 * @param opdName name of the host unit kerja [{@code opd_nama}], or null
 * @param mentorNip NIP of the mentoring ASN [{@code mentor_nip}], or null
 * @param startDate first day [{@code tanggal_mulai}]
 * @param endDate last day [{@code tanggal_selesai}], not before {@code startDate}
 * @param updatedAt last change of the row in SIMPEG [{@code updated_at}]
 */
public record Intern(
        String idNumber,
        IdKind idKind,
        String name,
        String email,
        String university,
        String opdCode,
        String opdName,
        Nip mentorNip,
        LocalDate startDate,
        LocalDate endDate,
        LocalDateTime updatedAt) implements InternRow {

    public Intern {
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(idKind, "idKind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** Whether the internship runs on {@code day}. */
    public boolean activeOn(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate);
    }

    /** What an intern's {@code nomor_induk} is. Column value: the constant's name. */
    public enum IdKind {
        /** Nomor Induk Kependudukan, the 16-digit national identity number. */
        NIK,
        /** Nomor Induk Mahasiswa, the student number given by the university. */
        NIM;

        /** The kind with this code, ignoring case and surrounding spaces. */
        public static Optional<IdKind> fromCode(String code) {
            String normalised = Codes.normalise(code);
            return Arrays.stream(values()).filter(v -> v.name().equals(normalised)).findFirst();
        }
    }
}
