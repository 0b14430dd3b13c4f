package id.jembatan.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The admin console in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, installed by
 * {@code scripts/browser.sh}) against the built jar with the demo profile: each role logs in, every page it may open
 * renders without browser console errors, a flow run from the console shows its pass, a dead letter is replayed, the
 * HR figures are the API's, the language switch is remembered. A screenshot of each page in both languages goes to
 * {@code tests/target/screenshots/}. Runs under {@code -Pbrowser} only.
 */
class ConsoleBrowserTest {

    private static final String DONE = "DEMO SELESAI / DEMO COMPLETE";
    private static final String KEY = "DEMO-KEY-jembatan-sandbox-0001";
    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final Map<String, String> PASSWORDS = Map.of("admin", "demo-admin-password",
            "operator", "demo-operator-password", "hr", "demo-hr-password-1", "viewer", "demo-viewer-password");

    private static JarProcess.Running demo;
    private static String base;
    private static Path workDir;
    private WebDriver browser;

    @BeforeAll
    static void startDemo() throws Exception {
        workDir = Files.createTempDirectory("console-browser");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        demo = JarProcess.start(workDir, "--spring.profiles.active=demo", "--server.port=" + port,
                "--server.address=127.0.0.1");
        base = "http://127.0.0.1:" + port;
        await().atMost(Duration.ofSeconds(Long.getLong("console.demo-timeout-s", 600)))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> demo.lines().stream().anyMatch(l -> l.contains(DONE) || l.contains("Application run failed")));
        assertThat(demo.lines()).as("the demo finished").anyMatch(l -> l.contains(DONE));
        assertThat(String.join("\n", demo.lines())).contains("/console", "admin / demo-admin-password (ADMIN)");
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stopDemo() throws InterruptedException {
        if (demo != null) {
            demo.kill();
        }
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private WebDriver browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000",
                "--lang=id");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return browser;
    }

    private void logIn(String user) {
        browser.get(base + "/console?lang=id");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(PASSWORDS.get(user));
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        await().atMost(Duration.ofSeconds(30)).until(() -> browser.getCurrentUrl().endsWith("/console"));
    }

    /** Opens {@code path}, checks the page has a heading and logged no console error, and saves a screenshot. */
    private String page(String path, String shot) throws IOException {
        browser.get(base + path);
        await().atMost(Duration.ofSeconds(30)).until(() -> !browser.findElements(By.tagName("h1")).isEmpty());
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        assertThat(errors).as("browser console errors on " + path).isEmpty();
        Path file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, SHOTS.resolve(shot + ".png"), StandardCopyOption.REPLACE_EXISTING);
        return browser.findElement(By.tagName("h1")).getText();
    }

    @Test
    void everyRoleSeesItsPagesInBothLanguagesWithoutConsoleErrors() throws Exception {
        browser();
        browser.get(base + "/login?lang=id");
        page("/login", "login-id");
        page("/login?lang=en", "login-en");
        logIn("admin");
        for (String lang : List.of("id", "en")) {
            assertThat(page("/console?lang=" + lang, "overview-" + lang)).isEqualTo(lang.equals("id") ? "Beranda"
                    : "Overview");
            page("/console/flows", "flows-" + lang);
            page("/console/flows/lrs-credits", "flow-" + lang);
            page("/console/dead-letters", "dead-letters-" + lang);
            page("/console/competency", "competency-" + lang);
            page("/console/audit", "audit-" + lang);
        }
        browser.get(base + "/console/dead-letters");
        assertThat(browser.findElement(By.tagName("h1")).getText()).as("the choice of English is remembered")
                .isEqualTo("Dead letters");
    }

    @Test
    void aViewerSeesNoActionsAndHrSeesNoOperations() throws Exception {
        browser();
        logIn("viewer");
        page("/console/flows/lrs-credits", "flow-viewer-id");
        assertThat(browser.findElements(By.cssSelector("form[action$='/run']"))).isEmpty();
        page("/console/competency", "denied-viewer-id");
        assertThat(browser.getPageSource()).contains("Tidak diizinkan");
        browser.quit();
        browser();
        logIn("hr");
        page("/console/competency", "competency-hr-id");
        assertThat(browser.findElements(By.cssSelector("nav a[href$='/console/flows']"))).isEmpty();
    }

    @Test
    void anOperatorRunsAFlowAndSeesItsPassThenReplaysADeadLetter() throws Exception {
        browser();
        logIn("operator");
        page("/console/flows/hr-profiles", "flow-before-run-id");
        int before = browser.findElements(By.cssSelector("tr.pass")).size();
        browser.findElement(By.cssSelector("form[action$='/run'] button")).click();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() ->
                browser.findElements(By.cssSelector("tr.pass")).size() > before
                        && browser.findElement(By.cssSelector("tr.pass td:nth-child(2)")).getText()
                                .equals("console:operator"));
        page("/console/flows/hr-profiles", "flow-after-run-id");

        page("/console/dead-letters?flow=lrs-credits", "dead-letters-operator-id");
        List<WebElement> boxes = browser.findElements(By.cssSelector("input[name=ids]"));
        assertThat(boxes).as("the demo leaves lrs-credits dead letters").isNotEmpty();
        boxes.get(0).click();
        browser.findElement(By.cssSelector("button[value=replay]")).click();
        page("/console/dead-letters/confirm", "dead-letters-confirm-id");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        await().atMost(Duration.ofSeconds(120)).until(() -> !browser.findElements(By.cssSelector(".notice.success"))
                .isEmpty());
        assertThat(browser.findElement(By.cssSelector(".notice.success")).getText()).contains("dikirim ulang");
        page("/console/dead-letters", "dead-letters-after-replay-id");
    }

    @Test
    void theHrFiguresAreTheApisFigures() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "/api/v1/competency/opd")).header("X-API-Key", KEY).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode api = new ObjectMapper().readTree(response.body());
        browser();
        logIn("hr");
        page("/console/competency", "competency-figures-id");
        NumberFormat indonesian = NumberFormat.getNumberInstance(Locale.forLanguageTag("id-ID"));
        assertThat(browser.findElement(By.cssSelector("#figures-all [data-figure=headcount]")).getText())
                .isEqualTo(indonesian.format(api.get("all").get("headcount").asLong()));
        assertThat(browser.findElement(By.cssSelector("#figures-all [data-figure=compliant]")).getText())
                .isEqualTo(indonesian.format(api.get("all").get("compliant").asLong()));
        for (JsonNode opd : api.get("opds")) {
            WebElement row = browser.findElement(By.cssSelector("tr[data-opd='" + opd.get("opdCode").asText() + "']"));
            assertThat(row.findElement(By.cssSelector("[data-figure=headcount]")).getText())
                    .isEqualTo(indonesian.format(opd.get("headcount").asLong()));
            assertThat(row.findElement(By.cssSelector("[data-figure=compliant]")).getText())
                    .isEqualTo(indonesian.format(opd.get("compliant").asLong()));
        }
        assertThat(browser.findElements(By.cssSelector(".chart svg"))).as("the charts are drawn").hasSize(3);
    }
}
