package id.jembatan.flow.learning;

import static org.assertj.core.api.Assertions.assertThat;

import id.jembatan.moodle.log.ContextUser;
import org.junit.jupiter.api.Test;

class CompletionHistoryTest {

    @Test
    void remembersTheLatestRowOfEachPairAndWhetherItCompletes() {
        CompletionHistory history = new CompletionHistory(100);
        history.reserve(3, 100);
        history.put(new ContextUser(22, 10), 150, true);
        history.put(new ContextUser(18, 10), 160, false);
        history.put(new ContextUser(22, 10), 170, false);

        assertThat(history.latest(new ContextUser(22, 10))).isEqualTo(-170);
        assertThat(history.latest(new ContextUser(18, 10))).isEqualTo(-160);
        assertThat(history.latest(new ContextUser(10, 22))).isZero();
        assertThat(history.size()).isEqualTo(2);
        assertThat(history.coveredAfter()).isEqualTo(100);
    }

    @Test
    void growsAndKeepsEveryPair() {
        CompletionHistory history = new CompletionHistory(0);
        for (int user = 1; user <= 50_000; user++) {
            history.reserve(1, user);
            history.put(new ContextUser(100_000 + user % 200, user), user, user % 3 != 0);
        }

        assertThat(history.size()).isEqualTo(50_000);
        for (int user = 1; user <= 50_000; user++) {
            assertThat(history.latest(new ContextUser(100_000 + user % 200, user)))
                    .isEqualTo(user % 3 != 0 ? user : -user);
        }
        assertThat(history.coveredAfter()).isZero();
    }

    @Test
    void whenAPageWouldNotFitItForgetsAndCoversFromThatPage() {
        CompletionHistory history = new CompletionHistory(0);
        history.reserve(CompletionHistory.MAX_PAIRS, 0);
        for (int user = 1; user <= CompletionHistory.MAX_PAIRS; user++) {
            history.put(new ContextUser(7, user), user, true);
        }

        history.reserve(1, 9_999_999);
        history.put(new ContextUser(8, 1), 10_000_000, true);

        assertThat(history.coveredAfter()).isEqualTo(9_999_999);
        assertThat(history.size()).isEqualTo(1);
        assertThat(history.latest(new ContextUser(7, 1))).as("forgotten: to be looked up").isZero();
        assertThat(history.latest(new ContextUser(8, 1))).isEqualTo(10_000_000);
    }

    @Test
    void aPairWhoseIdsDoNotFitIsNeverKept() {
        CompletionHistory history = new CompletionHistory(0);
        ContextUser huge = new ContextUser(1L << 40, 10);
        history.reserve(1, 0);
        history.put(huge, 500, true);

        assertThat(history.latest(huge)).isEqualTo(Long.MIN_VALUE);
        assertThat(history.size()).isZero();
    }
}
