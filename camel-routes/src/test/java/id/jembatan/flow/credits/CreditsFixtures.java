package id.jembatan.flow.credits;

import id.jembatan.lrs.xapi.Activity;
import id.jembatan.lrs.xapi.Agent;
import id.jembatan.lrs.xapi.CompetencyType;
import id.jembatan.lrs.xapi.Context;
import id.jembatan.lrs.xapi.Result;
import id.jembatan.lrs.xapi.Statement;
import id.jembatan.lrs.xapi.StatementIds;
import id.jembatan.lrs.xapi.StatementRef;
import id.jembatan.lrs.xapi.Verb;
import id.jembatan.lrs.xapi.XapiJson;
import id.jembatan.lrs.xapi.XapiProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Statements shaped as moodle-learning writes them (docs/xapi-profile.md) and as a partner sends them. */
final class CreditsFixtures {

    static final URI SITE = URI.create("https://elearning.kota.go.id");
    static final URI HOME = URI.create("https://sso.kota.go.id");
    static final String NIP = "198503152010012003";
    static final String OTHER_NIP = "199001012015031001";

    private CreditsFixtures() {
    }

    static CreditSettings settings(CreditMapping mapping) {
        return new CreditSettings("BKPSDM Kota Contoh", CreditSettings.WIB,
                new CertificateNumbers(CertificateNumbers.DEFAULT_PATTERN), mapping, false, 100, null, Map.of(), 10);
    }

    /** A course completion as moodle-learning's log tail writes it, with the course's JP and type when given. */
    static Statement moodleCourse(long logId, String nip, long courseId, Verb verb, Integer jp, CompetencyType type,
                                  String timestamp, String stored) {
        Context.Builder context = XapiProfile.moodleContext(SITE, null);
        if (jp != null) {
            context.extension(XapiProfile.EXT_JP, jp);
        }
        if (type != null) {
            context.extension(XapiProfile.EXT_COMPETENCY_TYPE, type.value());
        }
        context.extension(XapiProfile.EXT_UNIT_KERJA, Map.of("name", "Dinas Komunikasi dan Informatika"));
        return Statement.builder()
                .id(StatementIds.forLogRow(SITE, logId))
                .actor(XapiProfile.asn(HOME, nip, "Siti Rahmawati"))
                .verb(verb)
                .object(XapiProfile.course(SITE, courseId, "Pelatihan Analisis Kebijakan " + courseId))
                .result(Result.builder().completion(true).build())
                .context(context.build())
                .timestamp(timestamp)
                .stored(stored)
                .build();
    }

    /** A module (quiz) completion: a step of a course, not a credit. */
    static Statement moodleModule(long logId, String nip, String stored) {
        Activity course = XapiProfile.course(SITE, 7, "Kursus 7");
        return Statement.builder()
                .id(StatementIds.forLogRow(SITE, logId))
                .actor(XapiProfile.asn(HOME, nip, "Siti Rahmawati"))
                .verb(XapiProfile.COMPLETED)
                .object(XapiProfile.module(SITE, "quiz", 55, "Kuis 1"))
                .result(Result.builder().completion(true).build())
                .context(XapiProfile.moodleContext(SITE, course).build())
                .timestamp("2025-03-01T02:15:00Z")
                .stored(stored)
                .build();
    }

    static Statement voiding(long logId, String nip, UUID target, String stored) {
        return Statement.builder()
                .id(StatementIds.forLogRow(SITE, logId))
                .actor(Agent.ofAccount(HOME, nip))
                .verb(XapiProfile.VOIDED)
                .object(new StatementRef(target))
                .timestamp(Instant.parse(stored))
                .stored(stored)
                .build();
    }

    /**
     * moodle-learning's voiding of an activity completion when the activity is marked incomplete: the course as
     * parent, the activity as other context activity.
     */
    static Statement stepVoiding(long logId, String nip, UUID target, long courseId, String stored) {
        return Statement.builder()
                .id(StatementIds.forLogRow(SITE, logId))
                .actor(Agent.ofAccount(HOME, nip))
                .verb(XapiProfile.VOIDED)
                .object(new StatementRef(target))
                .context(XapiProfile.moodleContext(SITE, XapiProfile.course(SITE, courseId, "Kursus " + courseId))
                        .contextActivities(new id.jembatan.lrs.xapi.ContextActivities(
                                List.of(XapiProfile.course(SITE, courseId, "Kursus " + courseId)), null, null,
                                List.of(XapiProfile.module(SITE, "quiz", 55, "Kuis 1"))))
                        .build())
                .timestamp(Instant.parse(stored))
                .stored(stored)
                .build();
    }

    static Statement partner() {
        try (InputStream in = CreditsFixtures.class.getResourceAsStream("/credits/partner-completed.json")) {
            return XapiJson.readStatement(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CreditMapping mapping(String... lines) {
        return CreditMapping.parse("test.csv", List.of(lines));
    }
}
