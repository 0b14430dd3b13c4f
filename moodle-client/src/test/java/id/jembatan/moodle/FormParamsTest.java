package id.jembatan.moodle;

import static id.jembatan.moodle.MoodleReplay.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormParamsTest {

    @Test
    void nestedListsBecomeBracketedFieldsInOrder() {
        NewUser user = NewUser.builder("yoga.pratama", "Yoga", "Pratama", "yoga@sukamaju.example")
                .profileField("golongan", "Penata Muda (III/a)").profileField("jabatan", "Pranata Komputer").build();

        FormParams form = new FormParams().putEach("users", List.of(user), (scope, u) -> u.writeTo(scope));

        assertThat(form.fields()).isEqualTo(params(
                "users[0][username]", "yoga.pratama", "users[0][firstname]", "Yoga", "users[0][lastname]", "Pratama",
                "users[0][email]", "yoga@sukamaju.example",
                "users[0][customfields][0][type]", "golongan", "users[0][customfields][0][value]", "Penata Muda (III/a)",
                "users[0][customfields][1][type]", "jabatan", "users[0][customfields][1][value]", "Pranata Komputer"));
    }

    @Test
    void bracketsArePercentEncodedAsTheRecordedRequestsSentThem() {
        FormParams form = new FormParams().putObject("options", options -> options.putValues("ids", List.of(2L, 6L)));

        assertThat(form.encode()).isEqualTo("options%5Bids%5D%5B0%5D=2&options%5Bids%5D%5B1%5D=6");
    }

    @Test
    void nestedObjectsAndEmptyValuesAreKept() {
        FormParams form = new FormParams().putEach("cohorts", List.of(NewCohort.system("Dinas Perhubungan", "OPD-DISHUB")),
                (scope, cohort) -> cohort.writeTo(scope));

        assertThat(form.fields()).isEqualTo(params("cohorts[0][categorytype][type]", "system",
                "cohorts[0][categorytype][value]", "", "cohorts[0][name]", "Dinas Perhubungan",
                "cohorts[0][idnumber]", "OPD-DISHUB"));
        assertThat(form.encode()).contains("cohorts%5B0%5D%5Bcategorytype%5D%5Bvalue%5D=&");
    }

    @Test
    void valuesAreFormattedTheWayMoodleParsesThem() {
        FormParams form = new FormParams().put("yes", true).put("no", false)
                .put("when", Instant.parse("2025-02-03T00:00:00Z")).put("format", TextFormat.PLAIN)
                .put("status", QuizAttemptStatus.FINISHED).put("level", ContextRef.Level.COURSECAT)
                .put("id", 13L).put("absent", null);

        assertThat(form.fields()).isEqualTo(params("yes", "1", "no", "0", "when", "1738540800", "format", "2",
                "status", "finished", "level", "coursecat", "id", "13"));
    }

    @Test
    void reservedAndNonAsciiCharactersAreEncodedAndDecodeBack() {
        String value = "Yth. Bapak Budi, 100% & lulus; NIP=1987#03/12 @Dinas (é ü)";
        FormParams form = new FormParams().put("text", value).put("email", "%@sukamaju.example");

        String body = form.encode();

        assertThat(body).startsWith("text=Yth.+Bapak+Budi%2C+100%25+%26+lulus%3B+NIP%3D1987%2303%2F12+%40Dinas+%28%C3%A9+%C3%BC%29")
                .endsWith("&email=%25%40sukamaju.example");
        assertThat(MoodleReplay.decode(body)).isEqualTo(params("text", value, "email", "%@sukamaju.example"));
    }

    @Test
    void emptyFormEncodesToNothing() {
        assertThat(new FormParams().encode()).isEmpty();
        assertThat(new FormParams().putEach("users", List.of(), (scope, item) -> scope.put("x", item)).fields()).isEmpty();
    }

    @Test
    void nullInAValueListIsRefused() {
        assertThatThrownBy(() -> new FormParams().putValues("values", Arrays.asList("a", null)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("values");
    }

    @Test
    void requestRecordsWriteTheFieldsMoodleNamesInTheRecordedOrder() {
        FormParams form = new FormParams()
                .putEach("enrolments", List.of(new Enrolment(5, 13, 6, Instant.ofEpochSecond(1738540800), Instant.EPOCH, true)),
                        (scope, e) -> e.writeTo(scope))
                .putEach("members", List.of(CohortMember.of(CohortMember.CohortRef.id(1), CohortMember.UserRef.id(13))),
                        (scope, m) -> m.writeTo(scope))
                .putEach("messages", List.of(InstantMessage.plain(3, "Tes")), (scope, m) -> m.writeTo(scope));

        assertThat(form.fields()).isEqualTo(params("enrolments[0][roleid]", "5", "enrolments[0][userid]", "13",
                "enrolments[0][courseid]", "6", "enrolments[0][timestart]", "1738540800", "enrolments[0][timeend]", "0",
                "enrolments[0][suspend]", "1",
                "members[0][cohorttype][type]", "id", "members[0][cohorttype][value]", "1",
                "members[0][usertype][type]", "id", "members[0][usertype][value]", "13",
                "messages[0][touserid]", "3", "messages[0][text]", "Tes", "messages[0][textformat]", "2"));
    }
}
