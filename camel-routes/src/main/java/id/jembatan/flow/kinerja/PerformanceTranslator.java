package id.jembatan.flow.kinerja;

import id.jembatan.hr.Nip;
import id.jembatan.hr.kinerja.PeriodResult;
import id.jembatan.lrs.xapi.Activity;
import id.jembatan.lrs.xapi.ActivityDefinition;
import id.jembatan.lrs.xapi.Agent;
import id.jembatan.lrs.xapi.Context;
import id.jembatan.lrs.xapi.Result;
import id.jembatan.lrs.xapi.Statement;
import id.jembatan.lrs.xapi.StatementIds;
import id.jembatan.lrs.xapi.StatementRef;
import id.jembatan.lrs.xapi.XapiProfile;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * An SKP period result as the xAPI statement of {@code docs/xapi-profile.md} "e-Kinerja": the ASN {@code rated} on the
 * SKP period activity, the ratings and predikat as result extensions, the evaluator as context instructor. Pure.
 */
public final class PerformanceTranslator {

    private final KinerjaSettings settings;

    public PerformanceTranslator(KinerjaSettings settings) {
        this.settings = settings;
    }

    /**
     * The statement id: UUID v5 of {@code <site>#skp-period/<nip>/<year>/<period>/<hasil>/<perilaku>}. The same result
     * read again gets the same id; a revised rating (after an objection, say) a new one, and the earlier statement
     * is voided ({@link #voiding}).
     */
    public static UUID statementId(URI site, PeriodResult result) {
        return StatementIds.forName(StatementIds.canonicalSite(site) + "#skp-period/" + result.nip().value() + "/"
                + result.year() + "/" + result.period().key() + "/" + result.hasilKerja().code() + "/"
                + result.perilakuKerja().code());
    }

    /** The SKP period activity: {@code <site>/skp/<year>/<period>}, the same for every ASN rated in it. */
    public Activity period(PeriodResult result) {
        return new Activity(URI.create(settings.site() + "/skp/" + result.year() + "/" + result.period().key()),
                ActivityDefinition.of(XapiProfile.TYPE_SKP_PERIOD, Map.of(XapiProfile.LANGUAGE, result.periodName())));
    }

    /** The {@code rated} statement of a result. */
    public Statement rated(PeriodResult result) {
        Map<URI, Object> ratings = new LinkedHashMap<>();
        ratings.put(XapiProfile.EXT_RATING_HASIL_KERJA, result.hasilKerja().code());
        ratings.put(XapiProfile.EXT_RATING_PERILAKU_KERJA, result.perilakuKerja().code());
        ratings.put(XapiProfile.EXT_PREDIKAT_KINERJA, result.predikat().code());
        Context.Builder context = Context.builder().platform(XapiProfile.PLATFORM_KINERJA)
                .language(XapiProfile.LANGUAGE);
        if (result.evaluatorNip() != null) {
            context.instructor(person(result.evaluatorNip(), result.evaluatorName()));
        }
        if (result.opdCode() != null) {
            context.extension(XapiProfile.EXT_UNIT_KERJA, XapiProfile.unitKerja(result.opdCode(), result.opdName()));
        }
        return Statement.builder()
                .id(statementId(settings.site(), result))
                .actor(person(result.nip(), result.name()))
                .verb(XapiProfile.RATED)
                .object(period(result))
                .result(Result.builder().extensions(ratings).build())
                .context(context.build())
                .timestamp(timestamp(result))
                .build();
    }

    /** Withdraws the statement sent for an earlier rating of the same period ({@code previous}). */
    public Statement voiding(PeriodResult result, UUID previous) {
        return Statement.builder()
                .id(StatementIds.forName(StatementIds.canonicalSite(settings.site()) + "#skp-period-void/" + previous))
                .actor(person(result.nip(), result.name()))
                .verb(XapiProfile.VOIDED)
                .object(new StatementRef(previous))
                .timestamp(timestamp(result))
                .build();
    }

    /**
     * When the period was rated: the evaluation date, else the last day of the period, at midnight WIB. Never the
     * record's {@code updated_at}, which moves when anything in the row changes and would make the same rating a
     * different statement.
     */
    private java.time.OffsetDateTime timestamp(PeriodResult result) {
        LocalDate day = result.evaluatedOn() != null ? result.evaluatedOn() : result.period().endIn(result.year());
        return day.atStartOfDay(settings.zone()).toOffsetDateTime();
    }

    private Agent person(Nip nip, String name) {
        if (settings.pseudonymKey() != null) {
            return XapiProfile.pseudonymousAsn(settings.homePage(), settings.pseudonymKey(), nip.value());
        }
        return XapiProfile.asn(settings.homePage(), nip.value(), name == null || name.isBlank() ? null : name);
    }
}
