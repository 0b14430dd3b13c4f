package id.jembatan.hr.kinerja;

import java.util.Locale;

/** Normalises the free text e-Kinerja systems write for codes, so that spelling and spacing do not matter. */
final class Text {

    private Text() {
    }

    /** Upper-case letters and digits only: {@code "Di Atas Ekspektasi"} and {@code DIATAS_EKSPEKTASI} both give {@code DIATASEKSPEKTASI}. */
    static String squash(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toUpperCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                out.append(c);
            }
        }
        return out.toString();
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
