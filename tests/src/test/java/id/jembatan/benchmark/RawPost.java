package id.jembatan.benchmark;

import id.jembatan.lrs.xapi.CompetencyType;
import id.jembatan.lrs.xapi.Context;
import id.jembatan.lrs.xapi.Result;
import id.jembatan.lrs.xapi.Statement;
import id.jembatan.lrs.xapi.StatementIds;
import id.jembatan.lrs.xapi.XapiJson;
import id.jembatan.lrs.xapi.XapiProfile;
import id.jembatan.sandbox.moodle.SandboxCourse;
import id.jembatan.sandbox.moodle.SandboxData;
import id.jembatan.sandbox.moodle.SandboxUser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The baselines a pipeline is divided by: plain loops that POST batches of statements with {@code java.net.http},
 * one request at a time, with the headers {@code LrsClient} sends (version, Basic auth, JSON).
 */
final class RawPost {

    /** What a loop sent and how long it took. */
    record Outcome(long statements, long requests, long nanos) {

        double perSecond() {
            return statements / (nanos / 1e9);
        }
    }

    static final URI HOME_PAGE = URI.create("https://siasn.bkn.go.id");
    private static final Map<Long, CompetencyType> CATEGORIES = Map.of(2L, CompetencyType.TEKNIS,
            3L, CompetencyType.MANAJERIAL, 4L, CompetencyType.SOSIAL_KULTURAL);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI statements;
    private final String authorization;

    RawPost(URI statements, String user, String password) {
        this.statements = statements;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The ceiling: builds {@code total} statements of the profile's shape (an ASN by NIP and name, a course
     * activity with its name, a result, a context with platform, language, site, JP, competency type and unit
     * kerja) from the sandbox's users and courses, serializes each batch with {@code XapiJson} and POSTs it.
     * Statement ids are those of log rows {@code firstRowId} on, under {@code site}.
     */
    Outcome ceiling(SandboxData data, URI site, long firstRowId, int total, int batchSize) {
        List<SandboxUser> users = data.users().stream().filter(user -> user.idnumber() != null
                && user.idnumber().length() == 18).toList();
        List<SandboxCourse> courses = data.courses();
        SplittableRandom random = new SplittableRandom(firstRowId);
        long requests = 0;
        long start = System.nanoTime();
        for (int from = 0; from < total; from += batchSize) {
            int size = Math.min(batchSize, total - from);
            List<Statement> batch = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                SandboxUser user = users.get(random.nextInt(users.size()));
                SandboxCourse course = courses.get(random.nextInt(courses.size()));
                batch.add(statement(site, firstRowId + from + i, user, course));
            }
            post(XapiJson.toJson(batch).getBytes(StandardCharsets.UTF_8));
            requests++;
        }
        return new Outcome(total, requests, System.nanoTime() - start);
    }

    /** POSTs bodies built beforehand, each a JSON array of statements, {@code statements} in all. */
    Outcome prebuilt(List<byte[]> bodies, long statements) {
        long start = System.nanoTime();
        for (byte[] body : bodies) {
            post(body);
        }
        return new Outcome(statements, bodies.size(), System.nanoTime() - start);
    }

    private static Statement statement(URI site, long rowId, SandboxUser user, SandboxCourse course) {
        Context.Builder context = XapiProfile.moodleContext(site, null);
        if (course.jp() != null) {
            context.extension(XapiProfile.EXT_JP, course.jp());
        }
        CompetencyType competency = CATEGORIES.get(course.categoryId());
        if (competency != null) {
            context.extension(XapiProfile.EXT_COMPETENCY_TYPE, competency.value());
        }
        if (user.department() != null) {
            context.extension(XapiProfile.EXT_UNIT_KERJA, Map.of("name", user.department()));
        }
        return Statement.builder()
                .id(StatementIds.forLogRow(site, rowId))
                .actor(XapiProfile.asn(HOME_PAGE, user.idnumber(), user.fullname()))
                .verb(XapiProfile.COMPLETED)
                .object(XapiProfile.course(site, course.id(), course.fullname()))
                .result(Result.builder().completion(true).build())
                .context(context.build())
                .timestamp(Instant.ofEpochSecond(1_795_909_000L + rowId / 10))
                .build();
    }

    private void post(byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(statements)
                .header("X-Experience-API-Version", "1.0.3")
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("POST " + statements + " answered " + response.statusCode() + ": "
                        + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException("POST " + statements + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
