package id.jembatan.moodle;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy stream over an offset-paged Moodle function ({@code limitfrom}/{@code limitnumber}): the next page
 * is fetched only when the stream needs it, and paging stops at the first page that is not full. A page
 * longer than asked for also ends it (the server ignored the limit and sent everything).
 */
final class Pages {

    private Pages() {
    }

    static <T> Stream<T> stream(int pageSize, LongFunction<List<T>> fetchFrom) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be at least 1, was " + pageSize);
        }
        Iterator<T> items = new PagedIterator<>(pageSize, fetchFrom);
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    private static final class PagedIterator<T> implements Iterator<T> {

        private final int pageSize;
        private final LongFunction<List<T>> fetchFrom;
        private long offset;
        private boolean lastPage;
        private Iterator<T> page = List.<T>of().iterator();

        PagedIterator(int pageSize, LongFunction<List<T>> fetchFrom) {
            this.pageSize = pageSize;
            this.fetchFrom = fetchFrom;
        }

        @Override
        public boolean hasNext() {
            while (!page.hasNext()) {
                if (lastPage) {
                    return false;
                }
                List<T> items = fetchFrom.apply(offset);
                offset += pageSize;
                lastPage = items.size() != pageSize;
                page = items.iterator();
            }
            return true;
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return page.next();
        }
    }
}
