package id.jembatan.sandbox.moodle;

import static org.assertj.core.api.Assertions.assertThat;

import id.jembatan.hr.Nip;
import id.jembatan.moodle.Course;
import id.jembatan.moodle.EnrolledUser;
import id.jembatan.moodle.GradeItemsResult;
import id.jembatan.moodle.MoodleClient;
import id.jembatan.moodle.MoodleClientConfig;
import id.jembatan.moodle.User;
import id.jembatan.moodle.UserField;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A synthetic site of benchmark size, answered to the real client. */
class SyntheticSandboxTest {

    private static final SandboxData SITE = SandboxData.synthetic(2000, 50, 42);
    private static MoodleSandbox moodle;
    private static MoodleClient client;

    @BeforeAll
    static void start() {
        moodle = MoodleSandbox.start(SITE);
        client = new MoodleClient(new MoodleClientConfig(moodle.baseUrl(), moodle.token()));
    }

    @AfterAll
    static void stop() {
        moodle.close();
    }

    @Test
    void learnersAreFoundByTheirNip() {
        List<String> nips = SITE.users().stream().filter(u -> u.id() >= 13).limit(100).map(SandboxUser::idnumber)
                .toList();

        List<User> found = client.usersByField(UserField.IDNUMBER, nips);

        assertThat(found).hasSize(100).allSatisfy(u -> assertThat(Nip.isValid(u.idNumber())).isTrue());
    }

    @Test
    void coursesCarryJpAndACompetencyCategory() {
        List<Course> courses = client.courses(SITE.courseIds());

        assertThat(courses).hasSize(50).allSatisfy(c -> {
            assertThat(c.customField("jp")).get().extracting(f -> Integer.parseInt(f.valueRaw()))
                    .isIn(8, 16, 24, 32, 40);
            assertThat(c.categoryId()).isBetween(2L, 4L);
        });
    }

    @Test
    void everyLearnerIsEnrolledInEveryCourseAndPagedThrough() {
        List<EnrolledUser> users = client.enrolledUsers(30, 500, List.of("id", "idnumber")).toList();

        assertThat(users).hasSize(2001);
        assertThat(moodle.requests("core_enrol_get_enrolled_users")).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void gradeItemsHoldTheCourseTotalOfTheSyntheticLogRows() {
        GradeItemsResult result = client.gradeItems(30, 500);

        assertThat(result.userGrades()).singleElement().satisfies(g -> assertThat(g.gradeItems())
                .extracting(GradeItemsResult.GradeItem::id).containsExactly(308L, 309L));
        assertThat(client.courseContents(30)).flatExtracting(s -> s.modules()).extracting(m -> m.id())
                .containsExactly(301L, 302L);
    }

    /** Prints the rate (after 500 warm-up calls); not asserted, as the machine is shared. */
    @Test
    void throughputOfUsersByField() throws Exception {
        List<String> ids = SITE.learnerIds().stream().map(String::valueOf).toList();
        int calls = 2000;
        for (int i = 0; i < 500; i++) {
            client.usersByField(UserField.ID, List.of(ids.get(i % ids.size())));
        }
        long started = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            assertThat(client.usersByField(UserField.ID, List.of(ids.get(i % ids.size())))).hasSize(1);
        }
        long sequential = System.nanoTime() - started;

        ExecutorService pool = Executors.newFixedThreadPool(4);
        started = System.nanoTime();
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            String id = ids.get(i % ids.size());
            answers.add(pool.submit(() -> client.usersByField(UserField.ID, List.of(id)).size()));
        }
        int found = 0;
        for (Future<Integer> answer : answers) {
            found += answer.get();
        }
        long parallel = System.nanoTime() - started;
        pool.shutdown();

        System.out.printf("sandbox Moodle: %d usersByField calls in %d ms sequentially (%.0f calls/s), "
                + "in %d ms from 4 threads (%.0f calls/s)%n", calls, sequential / 1_000_000,
                calls * 1e9 / sequential, parallel / 1_000_000, calls * 1e9 / parallel);
        assertThat(found).isEqualTo(calls);
        assertThat(moodle.calls("core_user_get_users_by_field")).isGreaterThanOrEqualTo(2 * calls + 500);
    }
}
