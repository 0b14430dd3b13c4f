package id.jembatan.hr.simpeg;

import java.util.Locale;

/** Normalises the code values SIMPEG keeps in text columns: {@code "Mutasi keluar "} reads as {@code MUTASI_KELUAR}. */
final class Codes {

    private Codes() {
    }

    static String normalise(String value) {
        return value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }
}
