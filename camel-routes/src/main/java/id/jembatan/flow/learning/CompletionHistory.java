package id.jembatan.flow.learning;

import id.jembatan.moodle.log.ContextUser;

/**
 * The activity completion rows a {@code moodle-learning} pass has read: per learner and activity, the latest one and
 * whether it completes (state 1-4). It holds every such row after {@link #coveredAfter()} up to the last page
 * translated, so that an "incomplete" row whose learner and activity the pass has already met needs no look-up in
 * Moodle's log; only a pair it has not met needs one, and only among the rows up to {@link #coveredAfter()}. It is a
 * copy of part of the log, kept for one pass, so it changes nothing a row becomes (decision 0011).
 *
 * <p>Bounded: at most {@value #MAX_PAIRS} pairs in two {@code long} arrays (16 MiB when full). When the next page would
 * not fit, it forgets everything and covers from that page on. A pair whose ids do not fit in 31 bits each is never
 * kept: it is always looked up. Used by one thread at a time (the route's and the read-ahead's steps of one pass
 * follow each other).
 */
final class CompletionHistory {

    /** The most pairs kept. */
    static final int MAX_PAIRS = 1 << 19;
    private static final int FIRST_CAPACITY = 1 << 10;
    private static final long EMPTY = 0;

    private long coveredAfter;
    private long[] keys = new long[FIRST_CAPACITY];
    private long[] values = new long[FIRST_CAPACITY];
    private int size;

    /**
     * @param coveredAfter the row the pass starts after: the history holds the rows after it
     */
    CompletionHistory(long coveredAfter) {
        this.coveredAfter = coveredAfter;
    }

    /** Rows after this id are all known; rows up to it must be looked up in the log (none when it is 0). */
    long coveredAfter() {
        return coveredAfter;
    }

    /**
     * What the pass knows of the latest activity completion row of {@code pair}: the row's id, negated when the row
     * does not complete (an "incomplete"); 0 when the pass has read no row of the pair; {@link Long#MIN_VALUE} when the
     * pair cannot be kept here.
     */
    long latest(ContextUser pair) {
        long key = key(pair);
        if (key == EMPTY) {
            return Long.MIN_VALUE;
        }
        int mask = keys.length - 1;
        for (int slot = slot(key, mask); keys[slot] != EMPTY; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return values[slot];
            }
        }
        return 0;
    }

    /**
     * Makes room for {@code rows} more pairs before a page is added; when they would not fit, forgets everything and
     * covers from after {@code lastIdBefore}, the row before the page.
     */
    void reserve(int rows, long lastIdBefore) {
        if (size + rows > MAX_PAIRS) {
            keys = new long[FIRST_CAPACITY];
            values = new long[FIRST_CAPACITY];
            size = 0;
            coveredAfter = lastIdBefore;
        }
        while ((size + rows) * 2L > keys.length) {
            grow();
        }
    }

    /** Records {@code id} as the latest activity completion row of {@code pair}; call {@link #reserve} first. */
    void put(ContextUser pair, long id, boolean completes) {
        long key = key(pair);
        if (key == EMPTY) {
            return;
        }
        int mask = keys.length - 1;
        int slot = slot(key, mask);
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        if (keys[slot] == EMPTY) {
            keys[slot] = key;
            size++;
        }
        values[slot] = completes ? id : -id;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new long[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(oldKeys[i], mask);
                while (keys[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    /** Context and user in one long, never 0 ({@link #EMPTY}); {@link #EMPTY} when an id does not fit in 31 bits. */
    private static long key(ContextUser pair) {
        if (pair.contextId() < 0 || pair.contextId() > Integer.MAX_VALUE || pair.relatedUserId() < 0
                || pair.relatedUserId() > Integer.MAX_VALUE) {
            return EMPTY;
        }
        return (1L << 62) | (pair.contextId() << 31) | pair.relatedUserId();
    }

    private static int slot(long key, int mask) {
        long mixed = key * 0x9E3779B97F4A7C15L;
        return (int) (mixed ^ (mixed >>> 32)) & mask;
    }

    @Override
    public String toString() {
        return "CompletionHistory[" + size + " pairs after " + coveredAfter + ", capacity " + keys.length + "]";
    }
}
