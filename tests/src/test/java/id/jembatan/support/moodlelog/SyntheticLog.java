package id.jembatan.support.moodlelog;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.LongStream;

/**
 * What {@link MoodleLogTable#appendSynthetic(SyntheticLog)} appends: {@code rows} rows shaped like the
 * recorded ones, spread over {@code userIds} and {@code courseIds}, a {@code learningShare} of them learning
 * events (the rest page and course views and logins), {@code rowsPerSecond} rows per second of
 * {@code timecreated} from {@code start}. The same spec on the same table state gives the same rows.
 *
 * @param rows how many rows to append
 * @param seed the seed of the pseudo-random choices
 * @param userIds the learners' Moodle user ids
 * @param courseIds the course ids
 * @param learningShare the share of rows that are learning events, 0 to 1
 * @param start the {@code timecreated} of the first row
 * @param rowsPerSecond how many rows share one second of {@code timecreated}
 */
public record SyntheticLog(int rows, long seed, List<Long> userIds, List<Long> courseIds, double learningShare,
        Instant start, int rowsPerSecond) {

    /** Just after the recorded rows (whose last is 1795908607). */
    public static final Instant DEFAULT_START = Instant.ofEpochSecond(1_795_909_000L);

    public SyntheticLog {
        if (rows < 0) {
            throw new IllegalArgumentException("rows must not be negative, was " + rows);
        }
        userIds = List.copyOf(userIds);
        courseIds = List.copyOf(courseIds);
        if (userIds.isEmpty() || courseIds.isEmpty()) {
            throw new IllegalArgumentException("need at least one user id and one course id");
        }
        if (!(learningShare >= 0 && learningShare <= 1)) {
            throw new IllegalArgumentException("learningShare must be 0 to 1, was " + learningShare);
        }
        Objects.requireNonNull(start, "start");
        if (rowsPerSecond < 1) {
            throw new IllegalArgumentException("rowsPerSecond must be positive, was " + rowsPerSecond);
        }
    }

    /**
     * {@code rows} rows with the defaults: seed 1, the recorded learners (users 3 to 10) and courses (2 to 6),
     * 30% learning events and 70% views and logins, 10 rows a second from {@link #DEFAULT_START}.
     */
    public static SyntheticLog rows(int rows) {
        return new SyntheticLog(rows, 1, range(3, 8), range(2, 5), 0.3, DEFAULT_START, 10);
    }

    public SyntheticLog withSeed(long newSeed) {
        return new SyntheticLog(rows, newSeed, userIds, courseIds, learningShare, start, rowsPerSecond);
    }

    public SyntheticLog withUserIds(List<Long> newUserIds) {
        return new SyntheticLog(rows, seed, newUserIds, courseIds, learningShare, start, rowsPerSecond);
    }

    /** Users {@code first} to {@code first + count - 1}. */
    public SyntheticLog withUsers(long first, int count) {
        return withUserIds(range(first, count));
    }

    public SyntheticLog withCourseIds(List<Long> newCourseIds) {
        return new SyntheticLog(rows, seed, userIds, newCourseIds, learningShare, start, rowsPerSecond);
    }

    /** Courses {@code first} to {@code first + count - 1}. */
    public SyntheticLog withCourses(long first, int count) {
        return withCourseIds(range(first, count));
    }

    public SyntheticLog withLearningShare(double share) {
        return new SyntheticLog(rows, seed, userIds, courseIds, share, start, rowsPerSecond);
    }

    public SyntheticLog startingAt(Instant newStart) {
        return new SyntheticLog(rows, seed, userIds, courseIds, learningShare, newStart, rowsPerSecond);
    }

    public SyntheticLog withRowsPerSecond(int perSecond) {
        return new SyntheticLog(rows, seed, userIds, courseIds, learningShare, start, perSecond);
    }

    private static List<Long> range(long first, int count) {
        return LongStream.range(first, first + count).boxed().toList();
    }
}
