package id.jembatan.bridge.console;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.jembatan.bridge.JembatanApplication;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Pengaturan / Settings: an ADMIN sees each effective setting with where it came from — a command-line argument,
 * {@code application.yml} with its line, a test's property source — and never a secret, neither a password setting
 * nor a password inside a URL; nobody else sees the page.
 */
@SpringBootTest(classes = JembatanApplication.class, args = {"--jembatan.lrs.password=arg-lrs-password-123",
    "--jembatan.flows.lrs-credits.page-size=321"})
@AutoConfigureMockMvc
class SettingsControllerTest {

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("jembatan.state.jdbc-url", () -> "jdbc:h2:mem:settings-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        registry.add("jembatan.internal.schedules-enabled", () -> "false");
        registry.add("jembatan.kinerja.site", () -> "https://kinerja-user:url-password-456@ekinerja.example.id/");
    }

    @Test
    void anAdminSeesEachSettingWithItsOriginAndNoSecret() throws Exception {
        mvc.perform(get("/console/settings").with(user("a").roles("ADMIN"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("jembatan.flows.lrs-credits.page-size"), containsString("321"),
                        containsString("command line"),
                        containsString("server.servlet.session.timeout"), containsString("application.yml"),
                        containsString("line "),
                        containsString("jembatan.lrs.password"), containsString("****"),
                        containsString("jembatan.kinerja.site"),
                        containsString("jdbc:h2:mem:settings-"), not(containsString("${jembatan.state.jdbc-url")),
                        not(containsString("arg-lrs-password-123")), not(containsString("url-password-456")))));
    }

    @Test
    void theSearchNarrowsByNameAndTheEnglishPageSaysWhatItIs() throws Exception {
        mvc.perform(get("/console/settings").param("q", "lrs-credits.page").param("lang", "en")
                        .with(user("a").roles("ADMIN"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("where each value came from"),
                        containsString("jembatan.flows.lrs-credits.page-size"),
                        not(containsString("server.servlet.session.timeout")))));
    }

    @Test
    void onlyAnAdminMayLook() throws Exception {
        mvc.perform(get("/console/settings").with(user("o").roles("OPERATOR"))).andExpect(status().isForbidden());
        mvc.perform(get("/console/settings").with(user("h").roles("HR"))).andExpect(status().isForbidden());
        mvc.perform(get("/console/settings")).andExpect(status().is3xxRedirection());
    }
}
