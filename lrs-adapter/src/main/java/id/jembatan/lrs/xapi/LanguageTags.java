package id.jembatan.lrs.xapi;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** The shape of RFC 5646 language tags (the {@code langtag} and {@code privateuse} productions; no registry look-up). */
final class LanguageTags {

    private static final String ALNUM = "[A-Za-z0-9]";
    private static final Pattern TAG = Pattern.compile(
            "(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})"
                    + "(?:-[A-Za-z]{4})?"
                    + "(?:-(?:[A-Za-z]{2}|\\d{3}))?"
                    + "(?:-(?:" + ALNUM + "{5,8}|\\d" + ALNUM + "{3}))*"
                    + "(?:-[0-9A-WY-Za-wy-z](?:-" + ALNUM + "{2,8})+)*"
                    + "(?:-[xX](?:-" + ALNUM + "{1,8})+)?"
                    + "|[xX](?:-" + ALNUM + "{1,8})+");

    /** Tags found well-formed: a statement carries the same few (id-ID, en-US) in every language map. */
    private static final Set<String> WELL_FORMED = ConcurrentHashMap.newKeySet();
    private static final int REMEMBERED = 256;

    private LanguageTags() {
    }

    static boolean isWellFormed(String tag) {
        if (tag == null) {
            return false;
        }
        if (WELL_FORMED.contains(tag)) {
            return true;
        }
        boolean wellFormed = TAG.matcher(tag).matches();
        if (wellFormed && WELL_FORMED.size() < REMEMBERED) {
            WELL_FORMED.add(tag);
        }
        return wellFormed;
    }
}
