package id.jembatan.bridge.secret;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** What a peer echoing credentials back would make the bridge print, and what is printed instead. */
class SecretsTest {

    @Test
    void aPasswordThatIsTheBridgesOwnNameLeavesTheSettingNamesReadableButIsMaskedAsAPassword() {
        Secrets.register("jembatan");

        assertThat(Secrets.mask("e-Kinerja menolak token — periksa / check jembatan.kinerja.token"))
                .isEqualTo("e-Kinerja menolak token — periksa / check jembatan.kinerja.token");
        assertThat(Secrets.mask("jdbc:postgresql://db/simpeg?user=jembatan&password=jembatan"))
                .doesNotContain("password=jembatan");
    }

    @Test
    void aRegisteredSecretIsMaskedAsItStandsAndInItsJsonAndUrlForms() {
        Secrets.register("lrs-Pa\"ss/w0rd&x");

        assertThat(Secrets.mask("LRS said: bad password lrs-Pa\"ss/w0rd&x")).isEqualTo("LRS said: bad password ****");
        assertThat(Secrets.mask("{\"message\":\"got lrs-Pa\\\"ss/w0rd&x\"}")).isEqualTo("{\"message\":\"got ****\"}");
        assertThat(Secrets.mask("q=" + URLEncoder.encode("lrs-Pa\"ss/w0rd&x", StandardCharsets.UTF_8)))
                .isEqualTo("q=****");
    }

    @Test
    void theBasicCredentialsOfAUserAndPasswordAreMaskedEvenWithoutTheSchemeWord() {
        Secrets.registerBasic("jembatan", "basic-secret-42");
        String basic = Base64.getEncoder().encodeToString("jembatan:basic-secret-42".getBytes(StandardCharsets.UTF_8));

        assertThat(Secrets.mask("you sent " + basic)).isEqualTo("you sent ****");
    }

    @Test
    void credentialShapedTextIsMaskedThoughNobodyConfiguredIt() {
        assertThat(Secrets.mask("401: Authorization: Basic dXNlcjpub3QtY29uZmlndXJlZA== is wrong"))
                .isEqualTo("401: Authorization: Basic **** is wrong");
        assertThat(Secrets.mask("{\"error\":\"token Bearer eyJhbGciOiJIUzI1NiJ9.x.y expired\"}"))
                .isEqualTo("{\"error\":\"token Bearer **** expired\"}");
        assertThat(Secrets.mask("cannot connect to jdbc:postgresql://db:5432/simpeg?user=hr&password=Url-Secret-9"))
                .isEqualTo("cannot connect to jdbc:postgresql://db:5432/simpeg?user=hr&password=****");
        assertThat(Secrets.mask("jdbc:h2:file:./data/x;USER=sa;PASSWORD=h2secret")).endsWith(";PASSWORD=****");
        assertThat(Secrets.mask("jdbc:mariadb://hr:Maria-Secret@db:3306/simpeg"))
                .isEqualTo("jdbc:mariadb://hr:****@db:3306/simpeg");
        assertThat(Secrets.mask("{\"password\":\"p\\\"w\",\"user\":\"x\"}")).isEqualTo("{\"password\":\"****\",\"user\":\"x\"}");
        assertThat(Secrets.mask("POST server.php?wstoken=abcdef0123&wsfunction=x"))
                .isEqualTo("POST server.php?wstoken=****&wsfunction=x");
    }

    @Test
    void proseAndShortValuesAreLeftAlone() {
        Secrets.register("sa");
        String prose = "send the Basic credentials of a client; Bearer authentication failed; sa is the user";

        assertThat(Secrets.mask(prose)).isEqualTo(prose);
        assertThat(Secrets.mask(null)).isNull();
    }

    @Test
    void everySecretPropertyOfTheBridgeIsRegisteredFromTheEnvironmentAndNothingElse() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of(
                "jembatan.kinerja.token", "kinerja-token-from-env",
                "jembatan.api.clients.bkpsdm.key", "api-key-0123456789abcdef",
                "jembatan.lrs.username", "jembatan",
                "jembatan.lrs.password", "${LRS_PASSWORD_FOR_TEST:lrs-placeholder-secret}",
                "jembatan.api.clients.bkpsdm.key-hash", "0123abcd0123abcd",
                "other.password", "not-the-bridges")));

        SecretsListener.registerConfigured(environment);

        assertThat(Secrets.mask("kinerja-token-from-env api-key-0123456789abcdef lrs-placeholder-secret"))
                .isEqualTo("**** **** ****");
        assertThat(Secrets.mask(Base64.getEncoder().encodeToString("jembatan:lrs-placeholder-secret"
                .getBytes(StandardCharsets.UTF_8)))).isEqualTo("****");
        assertThat(Secrets.mask("0123abcd0123abcd not-the-bridges")).isEqualTo("0123abcd0123abcd not-the-bridges");
    }

    @Test
    void theDemoProfilesPublishedAccountsAreNotSecretsButTheSameSettingFromElsewhereIs() throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        ClassPathResource demo = new ClassPathResource("application-demo.yml");
        for (PropertySource<?> source : new YamlPropertySourceLoader().load("demo", demo)) {
            environment.getPropertySources().addLast(source);
        }
        environment.getPropertySources().addFirst(new MapPropertySource("site", Map.of(
                "jembatan.console.users[9].username", "site-admin",
                "jembatan.console.users[9].password", "site-admin-password-from-env")));

        SecretsListener.registerConfigured(environment);

        assertThat(Secrets.mask("admin / demo-admin-password")).isEqualTo("admin / demo-admin-password");
        assertThat(Secrets.mask("site-admin / site-admin-password-from-env")).isEqualTo("site-admin / ****");
    }

    @Test
    void commandOutputIsMaskedLineByLineWhateverTheWritesAre() {
        Secrets.register("print-secret-77");
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        PrintStream out = MaskingOutputStream.printStream(terminal);

        out.print("FAIL  lrs  print-");
        out.print("secret-77 rejected\nnext ");
        out.printf("%s%n", "print-secret-77");
        out.print("partial print-secret-77");
        out.flush();

        assertThat(terminal.toString(StandardCharsets.UTF_8)).isEqualTo("FAIL  lrs  **** rejected\nnext ****"
                + System.lineSeparator() + "partial ****");
    }

    @Test
    void theLogEncoderMasksSpringBootsStructuredJsonLogWhereTheSecretIsJsonEscaped() {
        Secrets.register("json\"log-secret-66");
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        context.putObject(org.springframework.core.env.Environment.class.getName(), new StandardEnvironment());
        StructuredLogEncoder json = new StructuredLogEncoder();
        json.setContext(context);
        json.setFormat("logstash");
        json.start();
        MaskingEncoder encoder = new MaskingEncoder(json);
        encoder.start();
        LoggingEvent event = new LoggingEvent("x", context.getLogger("x"), Level.WARN, "LRS answered: {}", null,
                new Object[] {"json\"log-secret-66"});

        String line = new String(encoder.encode(event), StandardCharsets.UTF_8);

        assertThat(line).contains("\"message\":\"LRS answered: ****\"").doesNotContain("log-secret-66");
    }

    @Test
    void theLogEncoderMasksTheMessageAndTheStackTraceWhateverTheLayout() {
        Secrets.register("log-secret-55");
        LoggerContext context = new LoggerContext();
        PatternLayoutEncoder pattern = new PatternLayoutEncoder();
        pattern.setContext(context);
        pattern.setPattern("%level %msg%n%ex");
        pattern.start();
        MaskingEncoder encoder = new MaskingEncoder(pattern);
        encoder.start();
        LoggingEvent event = new LoggingEvent("x", context.getLogger("x"), Level.WARN,
                "LRS answered: {}", new IllegalStateException("echo log-secret-55"), new Object[] {"log-secret-55"});

        String line = new String(encoder.encode(event), StandardCharsets.UTF_8);

        assertThat(line).startsWith("WARN LRS answered: ****").contains("IllegalStateException: echo ****")
                .doesNotContain("log-secret-55");
    }
}
