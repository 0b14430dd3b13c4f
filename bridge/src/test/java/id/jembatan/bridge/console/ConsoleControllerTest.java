package id.jembatan.bridge.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.jembatan.bridge.JembatanApplication;
import id.jembatan.bridge.cli.DeadLetterReplay;
import id.jembatan.bridge.cli.FlowRun;
import id.jembatan.support.state.AuditEntry;
import id.jembatan.support.state.AuditLog;
import id.jembatan.support.state.DeadLetter;
import id.jembatan.support.state.DeadLetterStatus;
import id.jembatan.support.state.DeadLetterStore;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every console action with its role rule, through the whole application with MockMvc: the login (and its throttle),
 * CSRF, each page family, the audit entries the actions write, the language switch. A test flow {@code console-test}
 * with a timer schedule stands in for the real ones, which need their peers.
 */
@SpringBootTest(classes = {JembatanApplication.class, ConsoleControllerTest.TestFlow.class})
@AutoConfigureMockMvc
class ConsoleControllerTest {

    static final String FLOW = "console-test";

    @Autowired
    MockMvc mvc;

    @Autowired
    ConsoleUsers users;

    @Autowired
    AuditLog audit;

    @Autowired
    DeadLetterStore deadLetters;

    @Autowired
    CamelContext camel;

    @Autowired
    PassHistory history;

    @Autowired
    FlowBoard board;

    @Autowired
    javax.sql.DataSource dataSource;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("jembatan.state.jdbc-url", () -> "jdbc:h2:mem:console-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        registry.add("jembatan.internal.schedules-enabled", () -> "false");
        registry.add("jembatan.console.users[0].username", () -> "seeded-admin");
        registry.add("jembatan.console.users[0].password", () -> "seeded-admin-password");
        registry.add("jembatan.console.users[0].role", () -> "ADMIN");
        registry.add("jembatan.console.max-login-failures", () -> "3");
    }

    /** A flow with a timer schedule, a pass route and a replay that always succeeds. */
    @TestConfiguration
    static class TestFlow {

        @Bean
        RouteBuilder consoleTestRoutes() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("timer:console-test?period=3600000&delay=3600000").routeId(FLOW + ".poll")
                            .to("direct:" + FLOW + ".pass");
                    from("direct:" + FLOW + ".pass").routeId(FLOW + ".pass").setBody(constant("done"));
                }
            };
        }

        @Bean
        FlowRun consoleTestRun(ProducerTemplate template) {
            return new FlowRun() {
                @Override
                public String flowId() {
                    return FLOW;
                }

                @Override
                public int runOnce(List<String> options, PrintStream out) {
                    template.requestBody("direct:" + FLOW + ".pass", "start");
                    out.println("ok");
                    return 0;
                }
            };
        }

        @Bean
        DeadLetterReplay consoleTestReplay() {
            return new DeadLetterReplay() {
                @Override
                public String flowId() {
                    return FLOW;
                }

                @Override
                public boolean canReplay(DeadLetter letter) {
                    return true;
                }

                @Override
                public int replay(List<DeadLetter> letters, PrintStream out) {
                    return 0;
                }
            };
        }
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPageAndTheRootLeadsToTheConsole() throws Exception {
        mvc.perform(get("/console")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Masuk ke konsol")));
        mvc.perform(get("/").with(user("v").roles("VIEWER"))).andExpect(redirectedUrl("/console"));
    }

    @Test
    void aSeededAccountLogsInWithItsPasswordAndTheLoginIsAudited() throws Exception {
        mvc.perform(formLogin("/login").user("seeded-admin").password("seeded-admin-password"))
                .andExpect(redirectedUrl("/console"));
        mvc.perform(formLogin("/login").user("seeded-admin").password("wrong-password-123"))
                .andExpect(redirectedUrl("/login?error"));
        assertThat(audit.recent(50)).extracting(AuditEntry::action).contains("console.login", "console.login-failed");
        assertThat(users.find("seeded-admin").orElseThrow().passwordHash()).startsWith("{bcrypt}$2");
    }

    @Test
    void repeatedFailuresLockTheUserNameOutEvenWithTheRightPassword() throws Exception {
        users.add("locked-out", "locked-out-password", ConsoleRole.VIEWER);
        for (int i = 0; i < 3; i++) {
            mvc.perform(formLogin("/login").user("locked-out").password("not-the-password"))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user("locked-out").password("locked-out-password"))
                .andExpect(redirectedUrl("/login?locked"));
    }

    @Test
    void aDisabledAccountCannotLogIn() throws Exception {
        users.add("gone", "gone-password-123", ConsoleRole.OPERATOR);
        users.disable("gone");
        mvc.perform(formLogin("/login").user("gone").password("gone-password-123"))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void aPostWithoutCsrfTokenIsRefusedWithAPageThatSaysWhyAndAnAuditEntry() throws Exception {
        mvc.perform(post("/console/flows/" + FLOW + "/run").with(user("op").roles("OPERATOR")))
                .andExpect(status().isForbidden()).andExpect(forwardedUrl("/console/refused"));
        mvc.perform(post("/logout").with(user("op").roles("OPERATOR"))).andExpect(status().isForbidden());
        mvc.perform(post("/console/refused").with(user("op").roles("OPERATOR")).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("token CSRF")));
        assertThat(audit.recent(20)).anyMatch(e -> e.actor().equals("op") && e.action().equals("console.csrf-refused")
                && ("POST /console/flows/" + FLOW + "/run").equals(e.subject()));
    }

    @Test
    void aRoleRefusalOfAPostIsTheNotAllowedPage() throws Exception {
        mvc.perform(post("/console/dead-letters/replay").param("ids", "1").with(user("viewer").roles("VIEWER"))
                .with(csrf())).andExpect(status().isForbidden()).andExpect(forwardedUrl("/console/denied"));
        mvc.perform(post("/console/denied").with(user("viewer").roles("VIEWER")).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Tidak diizinkan")));
    }

    @Test
    void aViewerReadsTheOperationsPagesButCannotActOrSeeCompetencyOrAudit() throws Exception {
        var viewer = user("viewer").roles("VIEWER");
        mvc.perform(get("/console").with(viewer)).andExpect(status().isOk());
        mvc.perform(get("/console/flows").with(viewer)).andExpect(status().isOk());
        mvc.perform(get("/console/flows/" + FLOW).with(viewer)).andExpect(status().isOk());
        mvc.perform(get("/console/dead-letters").with(viewer)).andExpect(status().isOk());
        mvc.perform(post("/console/flows/" + FLOW + "/run").with(viewer).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/console/flows/" + FLOW + "/pause").with(viewer).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/dead-letters/replay").param("ids", "1").with(viewer).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/dead-letters/discard").param("ids", "1").with(viewer).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console/competency").with(viewer)).andExpect(status().isForbidden());
        mvc.perform(get("/console/competency/export").with(viewer)).andExpect(status().isForbidden());
        mvc.perform(get("/console/audit").with(viewer)).andExpect(status().isForbidden());
    }

    @Test
    void hrSeesTheCompetencyPagesButNotTheOperationsPages() throws Exception {
        var hr = user("hr").roles("HR");
        mvc.perform(get("/console").with(hr)).andExpect(status().isOk());
        mvc.perform(get("/console/competency").with(hr)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("jembatan.simpeg.jdbc-url")));
        mvc.perform(get("/console/flows").with(hr)).andExpect(status().isForbidden());
        mvc.perform(get("/console/dead-letters").with(hr)).andExpect(status().isForbidden());
        mvc.perform(post("/console/flows/" + FLOW + "/run").with(hr).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void anOperatorRunsAFlowAndItsPassAppearsInTheHistoryWithTheOperatorAsTrigger() throws Exception {
        mvc.perform(post("/console/flows/" + FLOW + "/run").with(user("op").roles("OPERATOR")).with(csrf()))
                .andExpect(redirectedUrl("/console/flows/" + FLOW))
                .andExpect(flash().attribute("done", "Putaran " + FLOW + " dimulai."));
        await().atMost(Duration.ofSeconds(20)).until(() -> history.recent(FLOW, 10).stream()
                .anyMatch(p -> p.trigger().equals("console:op")));
        mvc.perform(get("/console/flows/" + FLOW).with(user("op").roles("OPERATOR"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("console:op")));
        assertThat(audit.recent(50)).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("op");
            assertThat(e.action()).isEqualTo("console.flow-run");
            assertThat(e.subject()).isEqualTo(FLOW);
        });
    }

    @Test
    void anOperatorPausesAndResumesAFlowThroughCamelsRouteController() throws Exception {
        camel.getRouteController().startRoute(FLOW + ".poll");
        var op = user("op").roles("OPERATOR");
        mvc.perform(post("/console/flows/" + FLOW + "/pause").with(op).with(csrf()))
                .andExpect(redirectedUrl("/console/flows/" + FLOW));
        assertThat(camel.getRouteController().getRouteStatus(FLOW + ".poll").isStarted()).isFalse();
        mvc.perform(get("/console/flows/" + FLOW).with(op))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("dijeda")));
        mvc.perform(post("/console/flows/" + FLOW + "/resume").with(op).with(csrf()))
                .andExpect(flash().attribute("done", "Alur " + FLOW + " dilanjutkan."));
        assertThat(camel.getRouteController().getRouteStatus(FLOW + ".poll").isStarted()).isTrue();
        assertThat(audit.recent(50)).extracting(AuditEntry::action).contains("console.flow-pause",
                "console.flow-resume");
        mvc.perform(post("/console/flows/no-such-flow/pause").with(op).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void aPauseIsKeptInTheStateStoreAndAppliedAgainWhenTheBridgeStarts() throws Exception {
        camel.getRouteController().startRoute(FLOW + ".poll");
        var op = user("op").roles("OPERATOR");
        JdbcClient db = JdbcClient.create(dataSource);
        mvc.perform(post("/console/flows/" + FLOW + "/pause").with(op).with(csrf()))
                .andExpect(redirectedUrl("/console/flows/" + FLOW));
        assertThat(db.sql("SELECT paused_by FROM flow_pause WHERE flow_id = :flow").param("flow", FLOW)
                .query(String.class).list()).containsExactly("op");

        // A restart: Camel starts the schedule again, then the board applies the kept pause.
        camel.getRouteController().resumeRoute(FLOW + ".poll");
        assertThat(camel.getRouteController().getRouteStatus(FLOW + ".poll").isStarted()).isTrue();
        board.restorePauses();
        assertThat(camel.getRouteController().getRouteStatus(FLOW + ".poll").isSuspended()).isTrue();
        assertThat(board.status(FLOW).state()).isEqualTo(FlowBoard.State.PAUSED);

        mvc.perform(post("/console/flows/" + FLOW + "/resume").with(op).with(csrf()))
                .andExpect(flash().attribute("done", "Alur " + FLOW + " dilanjutkan."));
        assertThat(db.sql("SELECT COUNT(*) FROM flow_pause").query(Long.class).single()).isZero();
        board.restorePauses();
        assertThat(camel.getRouteController().getRouteStatus(FLOW + ".poll").isStarted()).isTrue();
    }

    @Test
    void anOperatorReplaysAndDiscardsDeadLettersAfterConfirming() throws Exception {
        long first = deadLetters.record(FLOW, "key-1-" + UUID.randomUUID(), "{\"a\":1}", "ditolak / refused", null);
        long second = deadLetters.record(FLOW, "key-2-" + UUID.randomUUID(), "{\"a\":2}", "ditolak / refused", null);
        var op = user("op").roles("OPERATOR");
        mvc.perform(get("/console/dead-letters").param("flow", FLOW).with(op)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("key-1-")));
        mvc.perform(get("/console/dead-letters/" + first).with(op)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("&quot;a&quot; : 1")));
        mvc.perform(post("/console/dead-letters/confirm").param("action", "replay").param("ids", first + "")
                .with(op).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Ya, kirim ulang")));
        assertThat(deadLetters.find(first).orElseThrow().status()).isEqualTo(DeadLetterStatus.OPEN);

        mvc.perform(post("/console/dead-letters/replay").param("ids", first + "").with(op).with(csrf()))
                .andExpect(redirectedUrl("/console/dead-letters"))
                .andExpect(flash().attribute("done", "1 surat mati dikirim ulang, 0 masih gagal, 0 tidak dapat dikirim"
                        + " ulang."));
        assertThat(deadLetters.find(first).orElseThrow().status()).isEqualTo(DeadLetterStatus.REPLAYED);

        mvc.perform(post("/console/dead-letters/discard").param("ids", second + "").with(op).with(csrf())
                .cookie(new jakarta.servlet.http.Cookie(ConsoleWebConfiguration.LANGUAGE_COOKIE, "en")))
                .andExpect(flash().attribute("done", "1 dead letters discarded, 0 not open."));
        assertThat(deadLetters.find(second).orElseThrow().status()).isEqualTo(DeadLetterStatus.DISCARDED);
        assertThat(audit.recent(50)).extracting(AuditEntry::action).contains("console.dead-letter-replay",
                "console.dead-letter-discard");
    }

    @Test
    void aBadFilterIsAnsweredWithAFieldErrorNotAServerError() throws Exception {
        mvc.perform(get("/console/dead-letters").param("from", "08-12-2026").with(user("v").roles("VIEWER")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("tttt-bb-hh")));
        mvc.perform(get("/console/dead-letters/999999").with(user("v").roles("VIEWER")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/console/dead-letters/replay").with(user("op").roles("OPERATOR")).with(csrf()))
                .andExpect(flash().attribute("problem", "Pilih setidaknya satu surat mati."));
    }

    @Test
    void theAdminSearchesTheAuditLog() throws Exception {
        audit.record("cli", "backfill-start", "moodle-learning", "from 2026-01-01");
        mvc.perform(get("/console/audit").param("q", "backfill").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("backfill-start")));
    }

    @Test
    void indonesianByDefaultEnglishBySwitchAndTheChoiceIsRemembered() throws Exception {
        mvc.perform(get("/console").with(user("v").roles("VIEWER")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Beranda")));
        mvc.perform(get("/console").param("lang", "en").with(user("v").roles("VIEWER")))
                .andExpect(cookie().value(ConsoleWebConfiguration.LANGUAGE_COOKIE, "en"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Overview")));
        mvc.perform(get("/console/flows").with(user("v").roles("VIEWER"))
                .cookie(new jakarta.servlet.http.Cookie(ConsoleWebConfiguration.LANGUAGE_COOKIE, "en")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Choose a flow")));
    }
}
