package id.jembatan.hr.simpeg;

import java.util.Arrays;
import java.util.Optional;

/** Kind of position (jenis jabatan) held by an ASN. Column value: the constant's name. */
public enum JabatanKind {
    /** Structural (managerial) position: kepala dinas, camat, kepala bidang, ... */
    STRUKTURAL,
    /** Functional position with its own career track: guru, perawat, pranata komputer, ... */
    FUNGSIONAL,
    /** Executor (jabatan pelaksana, formerly fungsional umum). */
    PELAKSANA;

    /** The value with this code, ignoring case, surrounding spaces and space versus underscore. */
    public static Optional<JabatanKind> fromCode(String code) {
        String normalised = Codes.normalise(code);
        return Arrays.stream(values()).filter(v -> v.name().equals(normalised)).findFirst();
    }
}
