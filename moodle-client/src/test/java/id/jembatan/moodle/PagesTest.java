package id.jembatan.moodle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PagesTest {

    private final List<Long> offsetsAsked = new ArrayList<>();

    @Test
    void pagesAreFetchedUntilOneIsShort() {
        Stream<Long> items = Pages.stream(3, offset -> page(offset, 3, 7));

        assertThat(items).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(offsetsAsked).containsExactly(0L, 3L, 6L);
    }

    @Test
    void fullLastPageCostsOneMoreEmptyPage() {
        assertThat(Pages.stream(3, offset -> page(offset, 3, 6))).hasSize(6);
        assertThat(offsetsAsked).containsExactly(0L, 3L, 6L);
    }

    @Test
    void nothingIsFetchedBeforeTheStreamIsConsumedNorBeyondWhatItNeeds() {
        Stream<Long> items = Pages.stream(2, offset -> page(offset, 2, 100));
        assertThat(offsetsAsked).isEmpty();

        assertThat(items.limit(3)).containsExactly(0L, 1L, 2L);
        assertThat(offsetsAsked).containsExactly(0L, 2L);
    }

    @Test
    void pageLongerThanAskedEndsThePaging() {
        assertThat(Pages.stream(2, offset -> {
            offsetsAsked.add(offset);
            return List.of(1L, 2L, 3L);
        })).containsExactly(1L, 2L, 3L);
        assertThat(offsetsAsked).containsExactly(0L);
    }

    @Test
    void pageSizeMustBePositive() {
        assertThatThrownBy(() -> Pages.stream(0, offset -> List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private List<Long> page(long offset, int size, long total) {
        offsetsAsked.add(offset);
        return LongStream.range(offset, Math.min(offset + size, total)).boxed().toList();
    }
}
