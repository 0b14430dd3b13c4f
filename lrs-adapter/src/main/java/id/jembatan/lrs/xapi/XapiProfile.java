package id.jembatan.lrs.xapi;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Jembatan's xAPI profile as constants and small factories: the verbs, activity types, extensions and context every
 * flow uses, so that statements from Moodle, e-Kinerja and partners read alike. {@code docs/xapi-profile.md} is the
 * same profile in prose; change both together.
 */
public final class XapiProfile {

    /** The base of every IRI Jembatan defines. */
    public static final String BASE = "https://jembatan.id/xapi/";

    public static final String LANGUAGE = "id-ID";
    public static final String PLATFORM_MOODLE = "Moodle";
    public static final String PLATFORM_KINERJA = "e-Kinerja";

    public static final Verb COMPLETED = adlVerb("completed", "completed", "menyelesaikan");
    public static final Verb PASSED = adlVerb("passed", "passed", "lulus");
    public static final Verb FAILED = adlVerb("failed", "failed", "tidak lulus");
    public static final Verb SCORED = adlVerb("scored", "scored", "memperoleh nilai");
    public static final Verb ATTEMPTED = adlVerb("attempted", "attempted", "mencoba");
    public static final Verb REGISTERED = adlVerb("registered", "registered", "terdaftar");
    public static final Verb VOIDED = adlVerb("voided", "voided", "membatalkan");
    /** Un-enrolment from a course: the end of a {@link #REGISTERED}. */
    public static final Verb UNREGISTERED = projectVerb("unregistered", "unregistered", "keluar dari pendaftaran");
    /**
     * A completion that Moodle took back (completion reset or overridden to incomplete). A new event, not a voiding:
     * the earlier {@link #COMPLETED} statement stays true for its time; consumers take the latest of the two.
     */
    public static final Verb COMPLETION_REVOKED = projectVerb("completion-revoked", "completion revoked",
            "penyelesaian dibatalkan");
    /** An SKP period rated in e-Kinerja. */
    public static final Verb RATED = projectVerb("rated", "was rated", "dinilai");

    public static final URI TYPE_COURSE = adlActivityType("course");
    public static final URI TYPE_MODULE = adlActivityType("module");
    public static final URI TYPE_ASSESSMENT = adlActivityType("assessment");
    public static final URI TYPE_LESSON = adlActivityType("lesson");
    public static final URI TYPE_FILE = adlActivityType("file");
    public static final URI TYPE_LINK = adlActivityType("link");
    public static final URI TYPE_MEETING = adlActivityType("meeting");
    public static final URI TYPE_INTERACTION = adlActivityType("interaction");
    public static final URI TYPE_PAGE = URI.create("http://activitystrea.ms/schema/1.0/page");
    /** One SKP (Sasaran Kinerja Pegawai) period of one ASN in e-Kinerja. */
    public static final URI TYPE_SKP_PERIOD = URI.create(BASE + "activities/skp-period");

    /** Context: learning hours credited, in JP (jam pelajaran); a number. */
    public static final URI EXT_JP = extension("jp");
    /** Context: the competency type developed; a {@link CompetencyType#value()}. */
    public static final URI EXT_COMPETENCY_TYPE = extension("competency-type");
    /** Context: the ASN's unit kerja (OPD); an object {@code {"code": ..., "name": ...}}. */
    public static final URI EXT_UNIT_KERJA = extension("unit-kerja");
    /** Context: the Moodle site (wwwroot) the statement comes from; an IRI string. */
    public static final URI EXT_MOODLE_SITE = extension("moodle-site");
    /** Result of {@link #RATED}: rating hasil kerja (e.g. {@code diatas ekspektasi}); a string. */
    public static final URI EXT_RATING_HASIL_KERJA = extension("rating-hasil-kerja");
    /** Result of {@link #RATED}: rating perilaku kerja; a string. */
    public static final URI EXT_RATING_PERILAKU_KERJA = extension("rating-perilaku-kerja");
    /** Result of {@link #RATED}: predikat kinerja (e.g. {@code baik}); a string. */
    public static final URI EXT_PREDIKAT_KINERJA = extension("predikat-kinerja");

    private static final Map<String, URI> MODULE_TYPES = Map.ofEntries(
            Map.entry("quiz", TYPE_ASSESSMENT),
            Map.entry("assign", TYPE_ASSESSMENT),
            Map.entry("workshop", TYPE_ASSESSMENT),
            Map.entry("lesson", TYPE_LESSON),
            Map.entry("scorm", TYPE_LESSON),
            Map.entry("page", TYPE_PAGE),
            Map.entry("book", TYPE_PAGE),
            Map.entry("resource", TYPE_FILE),
            Map.entry("folder", TYPE_FILE),
            Map.entry("url", TYPE_LINK),
            Map.entry("bigbluebuttonbn", TYPE_MEETING),
            Map.entry("h5pactivity", TYPE_INTERACTION));

    private XapiProfile() {
    }

    /** The activity type for a Moodle module name ({@code quiz}, {@code page}, ...); {@link #TYPE_MODULE} otherwise. */
    public static URI activityTypeForModule(String modname) {
        return MODULE_TYPES.getOrDefault(modname == null ? "" : modname.toLowerCase(Locale.ROOT), TYPE_MODULE);
    }

    /**
     * An ASN as actor: {@code account {homePage, name: NIP}}, with the display name when given.
     *
     * @param homePage {@code jembatan.identity.home-page}
     */
    public static Agent asn(URI homePage, String nip, String name) {
        return Agent.ofAccount(homePage, nip, name);
    }

    /**
     * An ASN as actor when {@code jembatan.identity.pseudonymize} is on: the account name is {@link #pseudonym} of
     * the NIP and no display name is sent.
     */
    public static Agent pseudonymousAsn(URI homePage, byte[] pseudonymKey, String nip) {
        return Agent.ofAccount(homePage, pseudonym(pseudonymKey, nip));
    }

    /** HMAC-SHA256 of the NIP under a site secret, as 64 lower-case hex digits: stable, not reversible without the key. */
    public static String pseudonym(byte[] key, String nip) {
        Objects.requireNonNull(nip, "nip");
        if (key == null || key.length < 16) {
            throw new IllegalArgumentException("the pseudonym key must have at least 16 bytes");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(nip.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** A Moodle course: {@code <wwwroot>/course/view.php?id=<courseId>}, type course, named in Indonesian. */
    public static Activity course(URI site, long courseId, String fullname) {
        return new Activity(URI.create(StatementIds.canonicalSite(site) + "/course/view.php?id=" + courseId),
                ActivityDefinition.of(TYPE_COURSE, name(fullname)));
    }

    /** A Moodle course module: {@code <wwwroot>/mod/<modname>/view.php?id=<cmid>}, typed by module name. */
    public static Activity module(URI site, String modname, long cmid, String name) {
        return new Activity(URI.create(StatementIds.canonicalSite(site) + "/mod/" + modname + "/view.php?id=" + cmid),
                ActivityDefinition.of(activityTypeForModule(modname), name(name)));
    }

    /**
     * The context of every Moodle statement: platform {@code Moodle}, language {@code id-ID}, the site extension and,
     * for a module, its course as parent ({@code null} for a course statement). Add JP, competency type and unit kerja
     * with {@link Context.Builder#extension}.
     */
    public static Context.Builder moodleContext(URI site, Activity parentCourse) {
        Context.Builder context = Context.builder().platform(PLATFORM_MOODLE).language(LANGUAGE)
                .extension(EXT_MOODLE_SITE, StatementIds.canonicalSite(site));
        if (parentCourse != null) {
            context.contextActivities(ContextActivities.parent(parentCourse));
        }
        return context;
    }

    /**
     * The context of the voiding that withdraws an activity completion when the activity is marked incomplete: the
     * Moodle context without the platform (xAPI Data 2.4.6: only where the object is an activity), with the course
     * as parent and the activity as {@code other}, so a reader of the voiding knows which course the withdrawn step
     * belonged to (lrs-credits flags that course's credit for review).
     */
    public static Context stepVoidingContext(URI site, Activity course, Activity activity) {
        return Context.builder().language(LANGUAGE).extension(EXT_MOODLE_SITE, StatementIds.canonicalSite(site))
                .contextActivities(new ContextActivities(List.of(course), null, null, List.of(activity))).build();
    }

    /** The value of {@link #EXT_UNIT_KERJA}. */
    public static Map<String, String> unitKerja(String code, String name) {
        Map<String, String> value = new LinkedHashMap<>();
        value.put("code", code);
        value.put("name", name);
        return value;
    }

    private static Map<String, String> name(String text) {
        return text == null || text.isBlank() ? Map.of() : Map.of(LANGUAGE, text);
    }

    private static Verb adlVerb(String word, String english, String indonesian) {
        return Verb.of("http://adlnet.gov/expapi/verbs/" + word, display(english, indonesian));
    }

    private static Verb projectVerb(String word, String english, String indonesian) {
        return Verb.of(BASE + "verbs/" + word, display(english, indonesian));
    }

    private static Map<String, String> display(String english, String indonesian) {
        Map<String, String> display = new LinkedHashMap<>();
        display.put("en-US", english);
        display.put(LANGUAGE, indonesian);
        return display;
    }

    private static URI adlActivityType(String word) {
        return URI.create("http://adlnet.gov/expapi/activities/" + word);
    }

    private static URI extension(String word) {
        return URI.create(BASE + "extensions/" + word);
    }
}
