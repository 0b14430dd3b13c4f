package id.jembatan.bridge.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jembatan.bridge.JembatanApplication;
import id.jembatan.hr.simpeg.SimpegDialect;
import id.jembatan.support.state.AuditLog;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The console's HR pages show the competency API's numbers: same figures per OPD and in total, same CSV, for the
 * hand-computed data of {@link CompetencyData}; this year fixed at 2026 (WIB) as in {@link CompetencyApiTest}.
 */
@SpringBootTest(classes = {JembatanApplication.class, CompetencyApiTest.FixedClock.class})
@AutoConfigureMockMvc
class CompetencyPagesTest {

    private static final String KEY = "pages-0123456789abcdef-XYZ";
    private static final String SIMPEG_URL = "jdbc:h2:mem:pages-simpeg-" + UUID.randomUUID()
            + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static boolean seeded;

    @Autowired
    MockMvc mvc;

    @Autowired
    DataSource state;

    @Autowired
    AuditLog audit;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("jembatan.state.jdbc-url", () -> "jdbc:h2:mem:pages-state-" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1");
        registry.add("jembatan.simpeg.jdbc-url", () -> SIMPEG_URL);
        registry.add("jembatan.simpeg.username", () -> "sa");
        registry.add("jembatan.internal.schedules-enabled", () -> "false");
        registry.add("jembatan.competency.roster-cache-ttl", () -> "0s");
        registry.add("jembatan.api.clients[0].name", () -> "hr");
        registry.add("jembatan.api.clients[0].key", () -> KEY);
        registry.add("jembatan.api.clients[0].scopes", () -> "competency:read");
    }

    @BeforeAll
    static void simpeg() throws SQLException {
        CompetencyData.simpeg(TestDatabases.pool(SIMPEG_URL, "sa", ""), SimpegDialect.MARIADB);
    }

    @BeforeEach
    void ledger() throws SQLException {
        if (!seeded) {
            CompetencyData.ledger(state);
            seeded = true;
        }
    }

    @Test
    void theOverviewPageHoldsTheApisFiguresForEveryOpdAndTheTotal() throws Exception {
        JsonNode api = JSON.readTree(mvc.perform(get("/api/v1/competency/opd").param("year", "2026")
                .header("X-API-Key", KEY)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        MvcResult page = mvc.perform(get("/console/competency").param("year", "2026")
                .with(user("hr").roles("HR"))).andExpect(status().isOk()).andReturn();
        OpdOverview shown = (OpdOverview) page.getModelAndView().getModel().get("overview");
        JsonNode asShown = JSON.readTree(JSON.writeValueAsString(shown));

        assertThat(asShown.get("opds")).isEqualTo(api.get("opds"));
        assertThat(asShown.get("all")).isEqualTo(api.get("all"));
        String html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
        for (JsonNode opd : api.get("opds")) {
            assertThat(html).contains("data-opd=\"" + opd.get("opdCode").asText() + "\"");
        }
    }

    @Test
    void anOpdPageHoldsTheApisMembersAndTheExportIsTheApisCsv() throws Exception {
        String code = JSON.readTree(mvc.perform(get("/api/v1/competency/opd").param("year", "2026")
                .header("X-API-Key", KEY)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .get("opds").get(0).get("opdCode").asText();
        JsonNode api = JSON.readTree(mvc.perform(get("/api/v1/competency/opd/" + code).param("year", "2026")
                .header("X-API-Key", KEY)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        OpdReport shown = (OpdReport) mvc.perform(get("/console/competency/opd/" + code).param("year", "2026")
                .with(user("hr").roles("HR"))).andExpect(status().isOk()).andReturn().getModelAndView().getModel()
                .get("report");
        assertThat(JSON.readTree(JSON.writeValueAsString(shown))).isEqualTo(api);

        byte[] apiCsv = mvc.perform(get("/api/v1/competency/opd/" + code).param("year", "2026").param("format", "csv")
                .header("X-API-Key", KEY)).andReturn().getResponse().getContentAsByteArray();
        byte[] consoleCsv = mvc.perform(get("/console/competency/export").param("year", "2026").param("opd", code)
                .with(user("hr").roles("HR"))).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".csv")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(consoleCsv).isEqualTo(apiCsv);
        assertThat(audit.recent(20)).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("hr");
            assertThat(e.action()).isEqualTo("console.competency-export");
        });
    }

    @Test
    void anAsnPageShowsWhichCreditsNeedReviewAndWhy() throws Exception {
        String html = mvc.perform(get("/console/competency/asn").param("nip", CompetencyData.A1).param("year", "2026")
                .with(user("hr").roles("HR"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(html.split("data-review=\"needed\"", -1)).as("one flagged credit of four").hasSize(2);
        assertThat(html).contains(org.springframework.web.util.HtmlUtils.htmlEscape(
                CompetencyData.ACTIVITY_INCOMPLETE));
    }

    @Test
    void aBadYearOrNipIsAnsweredOnThePageNotWithAServerError() throws Exception {
        mvc.perform(get("/console/competency").param("year", "abc").with(user("hr").roles("HR")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/console/competency/asn").param("nip", "123").with(user("hr").roles("HR")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/console/competency/opd/NO-SUCH").with(user("hr").roles("HR")))
                .andExpect(status().isNotFound());
    }
}
