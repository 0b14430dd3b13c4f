package id.jembatan.flow.learning;

import id.jembatan.lrs.xapi.CompetencyType;
import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * What the {@code moodle-learning} flow needs to know about the site and the identity scheme.
 *
 * @param site               the Moodle wwwroot ({@code jembatan.moodle.url}); part of every statement id
 * @param homePage           account homePage that identifies ASN by NIP ({@code jembatan.identity.home-page})
 * @param nipField           where a Moodle user's NIP is: {@code idnumber}, or the short name of a custom
 *                           profile field ({@code jembatan.identity.nip-field})
 * @param pseudonymKey       HMAC key when {@code jembatan.identity.pseudonymize} is on, else {@code null}
 * @param jpField            short name of the course custom field holding JP ({@code jp})
 * @param categoryCompetency course category idnumber → competency type ({@code KT} → teknis, ...)
 * @param pageSize           log rows (or statements) handled per batch
 */
public record LearningSettings(URI site, URI homePage, String nipField, byte[] pseudonymKey, String jpField,
        Map<String, CompetencyType> categoryCompetency, int pageSize) {

    /** The default mapping of the categories the recorded site uses (Kompetensi Teknis = KT, ...). */
    public static final Map<String, CompetencyType> DEFAULT_CATEGORIES = Map.of(
            "KT", CompetencyType.TEKNIS, "KM", CompetencyType.MANAJERIAL, "KSK", CompetencyType.SOSIAL_KULTURAL);

    public LearningSettings {
        Objects.requireNonNull(site, "site (jembatan.moodle.url)");
        Objects.requireNonNull(homePage, "homePage (jembatan.identity.home-page)");
        nipField = nipField == null || nipField.isBlank() ? "idnumber" : nipField;
        jpField = jpField == null || jpField.isBlank() ? "jp" : jpField;
        categoryCompetency = Map.copyOf(categoryCompetency == null ? DEFAULT_CATEGORIES : categoryCompetency);
        if (pageSize < 1) {
            throw new IllegalArgumentException("jembatan.flows.moodle-learning.batch-size must be at least 1");
        }
    }

    boolean pseudonymize() {
        return pseudonymKey != null;
    }
}
