package id.jembatan.hr.kinerja;

/** One pass over e-Kinerja, page by page. Not thread-safe; each pass opens its own. */
public interface KinerjaRead {

    /** Whether another page may follow. */
    boolean hasMore();

    /** Reads the next page. */
    KinerjaPage next();

    /**
     * The watermark to store once the page last returned by {@link #next()} has been delivered; null when it must not
     * move yet (the HTTP source moves it only once the whole window is read).
     */
    String checkpoint();
}
