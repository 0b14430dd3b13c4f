package id.jembatan.flow.learning;

import id.jembatan.moodle.log.MoodleLogReader;
import id.jembatan.support.state.WatermarkStore;
import java.time.Instant;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Source A of {@code moodle-learning}: Moodle's {@code logstore_standard_log}, read through a read-only JDBC
 * connection with keyset paging on {@code id}. Each pass reads up to the highest id present when it started,
 * from the watermark of its range: {@code log} for the live tail, {@code backfill:<from>..<to>} for a backfill,
 * so an interrupted backfill resumes where it stopped and never moves the live watermark.
 */
public class LogTail {

    static final String FLOW = "moodle-learning";
    static final String LIVE = "log";

    private final MoodleLogReader reader;
    private final WatermarkStore watermarks;
    private final int pageSize;
    private final boolean fromBeginning;

    /**
     * @param fromBeginning where the live tail starts when it has no watermark yet: the first row of the log,
     *                      or the newest row (history then comes through {@code backfill})
     */
    public LogTail(MoodleLogReader reader, WatermarkStore watermarks, int pageSize, boolean fromBeginning) {
        this.reader = reader;
        this.watermarks = watermarks;
        this.pageSize = pageSize;
        this.fromBeginning = fromBeginning;
    }

    /** A pass over what was added to the log since the last one. */
    public LearningPass startLive() {
        long upTo = reader.maxId();
        long after = watermarks.get(FLOW, LIVE).map(Long::parseLong).orElseGet(() -> {
            long start = fromBeginning ? 0 : upTo;
            watermarks.advance(FLOW, LIVE, Long.toString(start));
            return start;
        });
        return new LearningPass(LIVE, after, upTo, -1, null);
    }

    /**
     * A pass over the events of {@code [from, to)}; {@code to} null means up to now. Resumes an interrupted
     * backfill of the same range.
     */
    public LearningPass startBackfill(Instant from, Instant to, Consumer<LearningPass> progress) {
        String key = "backfill:" + from + ".." + (to == null ? "" : to);
        long start = reader.lastIdBefore(from);
        long upTo = to == null ? reader.maxId() : reader.lastIdBefore(to);
        long after = watermarks.get(FLOW, key).map(Long::parseLong).map(id -> Math.max(id, start)).orElse(start);
        long total = reader.countBetween(after, upTo);
        return new LearningPass(key, after, upTo, total, progress);
    }

    /**
     * Reads the next page of relevant rows into the pass; takes it as {@link PagePrefetch} prepared it when it did,
     * and throws what reading it ahead failed with (the step's retry then reads it here).
     */
    public LearningPass readPage(LearningPass pass) {
        Future<LearningPass> next = pass.takeNext();
        if (next != null) {
            LearningPass ahead = PagePrefetch.await(next);
            if (ahead.readAheadFailure() != null) {
                throw ahead.readAheadFailure();
            }
            pass.adopt(ahead, pageSize);
            return pass;
        }
        pass.pageRead(reader.page(pass.readPosition(), pass.upToId(), pageSize), pageSize);
        return pass;
    }

    /** Reads the page after {@code lastRowId} into a pass made for it ({@link LearningPass#forNextPage}). */
    void readAhead(LearningPass ahead) {
        ahead.pageRead(reader.page(ahead.afterId(), ahead.upToId(), pageSize), pageSize);
    }
}
