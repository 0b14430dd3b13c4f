package id.jembatan.lrs.xapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XapiProfileTest {

    private static final byte[] KEY = "jembatan-test-pseudonym-key-32by".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({
        "quiz, http://adlnet.gov/expapi/activities/assessment",
        "assign, http://adlnet.gov/expapi/activities/assessment",
        "page, http://activitystrea.ms/schema/1.0/page",
        "resource, http://adlnet.gov/expapi/activities/file",
        "url, http://adlnet.gov/expapi/activities/link",
        "lesson, http://adlnet.gov/expapi/activities/lesson",
        "bigbluebuttonbn, http://adlnet.gov/expapi/activities/meeting",
        "forum, http://adlnet.gov/expapi/activities/module",
        "QUIZ, http://adlnet.gov/expapi/activities/assessment"
    })
    void moduleTypesFollowTheModuleName(String modname, String type) {
        assertThat(XapiProfile.activityTypeForModule(modname)).isEqualTo(URI.create(type));
    }

    @Test
    void courseAndModuleActivitiesAreTheirMoodleUrls() {
        Activity course = XapiProfile.course(URI.create("https://elearning.kota.go.id/"), 7, "Pelatihan SPBE");
        Activity quiz = XapiProfile.module(URI.create("https://elearning.kota.go.id"), "quiz", 31, "Kuis akhir");

        assertThat(course.id()).isEqualTo(URI.create("https://elearning.kota.go.id/course/view.php?id=7"));
        assertThat(course.definition().type()).isEqualTo(XapiProfile.TYPE_COURSE);
        assertThat(course.definition().name()).containsEntry("id-ID", "Pelatihan SPBE");
        assertThat(quiz.id()).isEqualTo(URI.create("https://elearning.kota.go.id/mod/quiz/view.php?id=31"));
        assertThat(quiz.definition().type()).isEqualTo(XapiProfile.TYPE_ASSESSMENT);
    }

    @Test
    void moodleContextCarriesPlatformLanguageSiteAndParentCourse() {
        Activity course = XapiProfile.course(SampleStatements.SITE, 7, "Pelatihan SPBE");

        Context context = XapiProfile.moodleContext(SampleStatements.SITE, course).build();

        assertThat(context.platform()).isEqualTo("Moodle");
        assertThat(context.language()).isEqualTo("id-ID");
        assertThat(context.contextActivities().parent()).containsExactly(course);
        assertThat(context.extensions()).containsEntry(XapiProfile.EXT_MOODLE_SITE, "https://elearning.kota.go.id");
    }

    @Test
    void aPseudonymIsTheHmacSha256OfTheNip() {
        assertThat(XapiProfile.pseudonym(KEY, SampleStatements.NIP))
                .isEqualTo("cd65ce48265f71ead5ebbab25fee88239af677ab5c4a7c16757c6e8b780d2c39");
    }

    @Test
    void aPseudonymousAsnHasNoNameAndNoNip() {
        Agent agent = XapiProfile.pseudonymousAsn(SampleStatements.HOME_PAGE, KEY, SampleStatements.NIP);

        assertThat(agent.name()).isNull();
        assertThat(agent.account().name()).doesNotContain(SampleStatements.NIP).hasSize(64);
        assertThat(XapiJson.toJson(agent)).doesNotContain(SampleStatements.NIP);
    }

    @Test
    void aShortPseudonymKeyIsRefused() {
        assertThatThrownBy(() -> XapiProfile.pseudonym(new byte[8], SampleStatements.NIP))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("16 bytes");
    }

    @Test
    void everyVerbHasAnAbsoluteIdAndIndonesianAndEnglishDisplay() throws IllegalAccessException {
        List<Verb> verbs = constants(Verb.class);

        assertThat(verbs).hasSize(10);
        assertThat(verbs).allSatisfy(verb -> {
            assertThat(verb.id().isAbsolute()).isTrue();
            assertThat(verb.display()).containsKeys("id-ID", "en-US");
        });
        assertThat(verbs).filteredOn(verb -> !verb.id().toString().startsWith("http://adlnet.gov/expapi/verbs/"))
                .allSatisfy(verb -> assertThat(verb.id().toString()).startsWith(XapiProfile.BASE + "verbs/"));
    }

    @Test
    void everyProjectIriLivesUnderTheProjectBase() throws IllegalAccessException {
        assertThat(constants(URI.class)).filteredOn(iri -> iri.toString().startsWith("https://jembatan.id/"))
                .hasSize(8)
                .allSatisfy(iri -> assertThat(iri.toString()).startsWith(XapiProfile.BASE));
    }

    @Test
    void competencyTypesAreReadFromMoodleSpellings() {
        assertThat(CompetencyType.fromValue("Sosial Kultural")).contains(CompetencyType.SOSIAL_KULTURAL);
        assertThat(CompetencyType.fromValue("teknis")).contains(CompetencyType.TEKNIS);
        assertThat(CompetencyType.fromValue("fungsional")).isEmpty();
        assertThat(XapiJson.toJson(CompetencyType.SOSIAL_KULTURAL)).isEqualTo("\"sosial-kultural\"");
    }

    private static <T> List<T> constants(Class<T> type) throws IllegalAccessException {
        List<T> values = new java.util.ArrayList<>();
        for (Field field : Arrays.stream(XapiProfile.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == type).toList()) {
            values.add(type.cast(field.get(null)));
        }
        return values;
    }
}
