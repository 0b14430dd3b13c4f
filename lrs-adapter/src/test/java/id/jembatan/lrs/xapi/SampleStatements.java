package id.jembatan.lrs.xapi;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/** Statements shaped as the Moodle flows send them, for tests in both packages. */
public final class SampleStatements {

    public static final URI SITE = URI.create("https://elearning.kota.go.id");
    public static final URI HOME_PAGE = URI.create("https://sso.kota.go.id");
    public static final String NIP = "198503152010012003";

    private SampleStatements() {
    }

    /** A course completion of course {@code courseId} by the sample ASN, id by {@link StatementIds#forRecord}. */
    public static Statement courseCompletion(long courseId) {
        return courseCompletion(StatementIds.forRecord(SITE, 42, courseId, "course-completion"), courseId);
    }

    public static Statement courseCompletion(UUID id, long courseId) {
        Activity course = XapiProfile.course(SITE, courseId, "Pelatihan " + courseId);
        return Statement.builder()
                .id(id)
                .actor(XapiProfile.asn(HOME_PAGE, NIP, "Siti Rahmawati"))
                .verb(XapiProfile.COMPLETED)
                .object(course)
                .result(Result.builder().completion(true).duration("PT6H").build())
                .context(XapiProfile.moodleContext(SITE, null)
                        .extension(XapiProfile.EXT_JP, 8)
                        .extension(XapiProfile.EXT_COMPETENCY_TYPE, CompetencyType.TEKNIS.value())
                        .extension(XapiProfile.EXT_UNIT_KERJA,
                                XapiProfile.unitKerja("4.01.01", "Dinas Komunikasi dan Informatika"))
                        .build())
                .timestamp(Instant.parse("2025-03-01T02:15:00Z"))
                .build();
    }

    /** A passed quiz with a score, as a module statement with its course as parent. */
    public static Statement quizPassed(long logId, double raw) {
        Activity course = XapiProfile.course(SITE, 7, "Pelatihan SPBE untuk ASN");
        return Statement.builder()
                .id(StatementIds.forLogRow(SITE, logId))
                .actor(XapiProfile.asn(HOME_PAGE, NIP, "Siti Rahmawati"))
                .verb(XapiProfile.PASSED)
                .object(XapiProfile.module(SITE, "quiz", 31, "Kuis akhir"))
                .result(Result.builder().score(Score.ofRaw(raw, 0, 100)).success(true).completion(true).build())
                .context(XapiProfile.moodleContext(SITE, course).build())
                .timestamp(Instant.parse("2025-03-01T02:16:00Z"))
                .build();
    }
}
