package id.jembatan.moodle.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the reader refuses before it ever connects. */
class MoodleLogReaderArgumentsTest {

    private static final DataSource UNUSED = new NoConnections();

    @ParameterizedTest(name = "prefix \"{0}\" is rejected")
    @ValueSource(strings = {"MDL_", "mdl-", "mdl_;drop table mdl_user;--", "mdl_ ", "public.mdl_", "\"mdl_\"",
        "a_prefix_of_21_chars_"})
    void prefixOutsideMoodlesAlphabetIsRejected(String prefix) {
        assertThatThrownBy(() -> new MoodleLogReader(UNUSED, prefix, LearningEvents.ALL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jembatan.moodle.log-table-prefix")
                .hasMessageContaining(prefix);
    }

    @ParameterizedTest(name = "prefix \"{0}\" is accepted")
    @ValueSource(strings = {"", "mdl_", "m45_", "prefix_of_20_chars__"})
    void moodlePrefixesAreAccepted(String prefix) {
        assertThat(new MoodleLogReader(UNUSED, prefix, LearningEvents.ALL).table())
                .isEqualTo(prefix + "logstore_standard_log");
    }

    @Test
    void defaultsAreMoodlesPrefixAndTheLearningEvents() {
        MoodleLogReader reader = new MoodleLogReader(UNUSED);

        assertThat(reader.table()).isEqualTo("mdl_logstore_standard_log");
        assertThat(reader.eventNames()).containsExactlyElementsOf(LearningEvents.ALL);
    }

    @Test
    void eventNamesMustBeGivenAndNotBlank() {
        assertThatThrownBy(() -> new MoodleLogReader(UNUSED, "mdl_", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MoodleLogReader(UNUSED, "mdl_", Arrays.asList(LearningEvents.USER_GRADED, " ")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MoodleLogReader(UNUSED, "mdl_", Arrays.asList(LearningEvents.USER_GRADED, null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void repeatedEventNamesAreReadOnce() {
        MoodleLogReader reader = new MoodleLogReader(UNUSED, "mdl_",
                List.of(LearningEvents.USER_GRADED, LearningEvents.COURSE_COMPLETED, LearningEvents.USER_GRADED));

        assertThat(reader.eventNames()).containsExactly(LearningEvents.USER_GRADED, LearningEvents.COURSE_COMPLETED);
    }

    @Test
    void learningEventsAreMoodlesBackslashedClassNames() {
        assertThat(LearningEvents.ALL).containsExactly(
                "\\core\\event\\course_completed",
                "\\core\\event\\course_module_completion_updated",
                "\\core\\event\\user_graded",
                "\\mod_quiz\\event\\attempt_submitted",
                "\\core\\event\\user_enrolment_created",
                "\\core\\event\\user_enrolment_deleted");
    }

    @Test
    void pageSizeMustBeBetweenOneAndTheMaximum() {
        MoodleLogReader reader = new MoodleLogReader(UNUSED);

        assertThatThrownBy(() -> reader.page(0, 10, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> reader.page(0, 10, MoodleLogReader.MAX_PAGE_SIZE + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emptyRangesAreAnsweredWithoutConnecting() {
        MoodleLogReader reader = new MoodleLogReader(UNUSED);

        assertThat(reader.page(10, 10, 5)).isEmpty();
        assertThat(reader.page(10, 3, 5)).isEmpty();
        assertThat(reader.countBetween(10, 10)).isZero();
    }

    private static final class NoConnections implements DataSource {

        @Override
        public Connection getConnection() {
            throw new AssertionError("the reader connected");
        }

        @Override
        public Connection getConnection(String username, String password) {
            throw new AssertionError("the reader connected");
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
