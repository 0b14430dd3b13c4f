package id.jembatan.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The admin console in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, installed by
 * {@code scripts/browser.sh}) against the built jar with the demo profile, started once for the whole suite: each
 * role signs in and opens every page it may open without browser console errors; an operator runs a flow and sees
 * its pass, replays a dead letter; a viewer cannot replay; a form without its CSRF token is refused; the HR figures
 * are the API's; Bahasa Indonesia is the default and English, once chosen, is remembered. A screenshot of every page
 * in both languages goes to {@code tests/target/screenshots/}. Runs under {@code -Pbrowser} only;
 * {@code -Dconsole.port} picks the jar's port (else a free one).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTest {

    private static final String DONE = "DEMO SELESAI / DEMO COMPLETE";
    private static final String KEY = "DEMO-KEY-jembatan-sandbox-0001";
    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final Map<String, String> PASSWORDS = Map.of("admin", "demo-admin-password",
            "operator", "demo-operator-password", "hr", "demo-hr-password-1", "viewer", "demo-viewer-password");
    private static final Duration PAGE = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The console's {@code data-figure} names and the API's fields they show. */
    private static final Map<String, String> FIGURES = new java.util.LinkedHashMap<>(Map.of("headcount", "headcount",
            "compliant", "compliant", "compliance", "compliancePercent", "mean", "meanJp", "median", "medianJp"));

    private static JarProcess.Running demo;
    private static String base;
    private final List<ChromeDriver> browsers = new ArrayList<>();

    @BeforeAll
    static void startDemo() throws Exception {
        Files.createDirectories(SHOTS);
        String url = System.getProperty("console.url", "");
        if (!url.isBlank()) {
            base = url.replaceAll("/+$", "");
            return;
        }
        Path workDir = Files.createTempDirectory("console-browser");
        int port = Integer.getInteger("console.port", 0);
        if (port == 0) {
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
        }
        demo = JarProcess.start(workDir, "--spring.profiles.active=demo", "--server.port=" + port,
                "--server.address=127.0.0.1");
        base = "http://127.0.0.1:" + port;
        await().atMost(Duration.ofSeconds(Long.getLong("console.demo-timeout-s", 600)))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> demo.lines().stream().anyMatch(l -> l.contains(DONE)) || !demo.isAlive());
        assertThat(demo.lines()).as("the demo finished: %s", tail()).anyMatch(l -> l.contains(DONE));
        assertThat(String.join("\n", demo.lines())).as("the demo names the console and its accounts")
                .contains(base.replace("127.0.0.1", "localhost") + "/console", "admin / ", "(ADMIN)", "(VIEWER)");
    }

    @AfterAll
    static void stopDemo() throws InterruptedException {
        if (demo != null) {
            demo.kill();
        }
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(ChromeDriver::quit);
    }

    @Test
    @Order(1)
    void everyPageRendersInBothLanguagesWithoutConsoleErrorsAndBahasaIndonesiaIsTheDefault() throws Exception {
        ChromeDriver admin = browser("en-US");
        admin.get(base + "/login");
        assertThat(page(admin, "login-id")).as("Bahasa Indonesia by default, whatever the browser asks for")
                .isEqualTo("Masuk ke konsol");
        assertThat(page(admin, "/login?lang=en", "login-en")).isEqualTo("Sign in to the console");
        admin.get(base + "/login?lang=id");
        logIn(admin, "admin");
        long letter = firstOpenLetter(admin, "lrs-credits");
        String opd = api("/api/v1/competency/opd").get("opds").get(0).get("opdCode").asText();
        String nip = learnerWithCredits(opd);
        for (String lang : List.of("id", "en")) {
            boolean id = lang.equals("id");
            assertThat(page(admin, "/console?lang=" + lang, "overview-" + lang)).isEqualTo(id ? "Beranda" : "Overview");
            assertThat(page(admin, "/console/flows", "flows-" + lang)).isEqualTo(id ? "Alur" : "Flows");
            page(admin, "/console/flows/lrs-credits", "flow-" + lang);
            assertThat(page(admin, "/console/dead-letters", "dead-letters-" + lang))
                    .isEqualTo(id ? "Surat mati" : "Dead letters");
            page(admin, "/console/dead-letters/" + letter, "dead-letter-" + lang);
            admin.findElement(By.cssSelector("main form button[value=replay]")).click();
            awaitHeading(admin);
            page(admin, "dead-letters-confirm-" + lang);
            admin.findElement(By.cssSelector("main a.button.secondary")).click();
            awaitHeading(admin);
            assertThat(page(admin, "/console/competency", "competency-" + lang))
                    .isEqualTo(id ? "Kompetensi ASN" : "ASN competency");
            page(admin, "/console/competency/opd/" + opd, "competency-opd-" + lang);
            page(admin, "/console/competency/asn?nip=" + nip, "competency-asn-" + lang);
            assertThat(page(admin, "/console/audit", "audit-" + lang)).isEqualTo("Audit");
            assertThat(page(admin, "/console/settings", "settings-" + lang)).isEqualTo(id ? "Pengaturan" : "Settings");
        }
        admin.get(base + "/console/dead-letters");
        assertThat(heading(admin)).as("the choice of English is remembered").isEqualTo("Dead letters");
        logOut(admin);
        assertThat(heading(admin)).as("and outlives the session").isEqualTo("Sign in to the console");
        Cookie language = admin.manage().getCookieNamed("jembatan-lang");
        assertThat(language).isNotNull();
        assertThat(language.getExpiry()).as("kept for a year").isAfter(java.util.Date.from(java.time.Instant.now()
                .plus(Duration.ofDays(300))));
        admin.get(base + "/login?lang=id");
        assertThat(heading(admin)).isEqualTo("Masuk ke konsol");
    }

    @Test
    @Order(2)
    void eachRoleSignsInAndSeesOnlyWhatItMayOpen() throws Exception {
        Map<String, List<String>> allowed = Map.of(
                "admin", List.of("/console", "/console/flows", "/console/dead-letters", "/console/competency",
                        "/console/audit", "/console/settings"),
                "operator", List.of("/console", "/console/flows", "/console/dead-letters"),
                "viewer", List.of("/console", "/console/flows", "/console/dead-letters"),
                "hr", List.of("/console", "/console/competency"));
        List<String> all = allowed.get("admin");
        for (String user : List.of("admin", "operator", "hr", "viewer")) {
            ChromeDriver browser = browser("id");
            logIn(browser, user);
            assertThat(browser.findElement(By.cssSelector(".who")).getText()).contains(user, user.toUpperCase(Locale.ROOT));
            List<String> menu = browser.findElements(By.cssSelector("nav a")).stream()
                    .map(a -> URI.create(a.getAttribute("href")).getPath()).toList();
            assertThat(menu).as("the menu of %s", user).containsExactlyElementsOf(allowed.get(user));
            for (String path : all) {
                if (allowed.get(user).contains(path)) {
                    page(browser, path, null);
                } else {
                    assertThat(deniedPage(browser, path, user.equals("viewer") && path.endsWith("competency")
                            ? "denied-id" : null)).as("%s may not open %s", user, path).isEqualTo("Tidak diizinkan");
                }
            }
            browser.quit();
            browsers.remove(browser);
        }
    }

    @Test
    @Order(3)
    void anOperatorRunsAFlowAndSeesItsPassAppear() throws Exception {
        ChromeDriver operator = browser("id");
        logIn(operator, "operator");
        page(operator, "/console/flows/hr-profiles", "flow-before-run-id");
        int before = operator.findElements(By.cssSelector("tr.pass")).size();
        operator.findElement(By.cssSelector("form[action$='/run'] button")).click();
        awaitHeading(operator);
        assertThat(operator.findElement(By.cssSelector(".notice.success")).getText())
                .isEqualTo("Putaran hr-profiles dimulai.");
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() ->
                operator.findElements(By.cssSelector("tr.pass")).size() > before
                        && "console:operator".equals(operator.findElement(By.cssSelector("tr.pass td[data-col=trigger]"))
                                .getAttribute("data-trigger")));
        WebElement pass = operator.findElement(By.cssSelector("tr.pass"));
        assertThat(pass.findElement(By.cssSelector("td[data-col=trigger]")).getText()).isEqualTo("konsol: operator");
        assertThat(pass.findElement(By.cssSelector("td[data-col=time]")).getText()).matches("\\d{1,2} \\S+ 20\\d\\d "
                + "\\d\\d:\\d\\d:\\d\\d WIB");
        assertThat(pass.findElement(By.cssSelector("td[data-col=read]")).getText()).as("a count in Indonesian form")
                .matches("\\d{1,3}(\\.\\d{3})*");
        page(operator, "/console/flows/hr-profiles", "flow-after-run-id");
    }

    @Test
    @Order(4)
    void anOperatorReplaysADeadLetterAfterConfirmingAndTheAuditLogSaysSo() throws Exception {
        ChromeDriver operator = browser("id");
        logIn(operator, "operator");
        long letter = firstOpenLetter(operator, "lrs-credits");
        page(operator, "/console/dead-letters/" + letter, null);
        int attempts = Integer.parseInt(operator.findElement(By.cssSelector("[data-field=attempts]")).getText());
        page(operator, "/console/dead-letters?flow=lrs-credits", "dead-letters-operator-id");
        operator.findElement(By.id("dl-" + letter)).click();
        operator.findElement(By.cssSelector("button[value=replay]")).click();
        awaitHeading(operator);
        assertThat(page(operator, "dead-letters-confirm-operator-id")).isEqualTo("Kirim ulang surat mati ini?");
        assertThat(operator.findElements(By.cssSelector("main li"))).hasSize(1);
        operator.findElement(By.cssSelector("main form button[type=submit]")).click();
        await().atMost(Duration.ofSeconds(120)).until(() -> !operator.findElements(By.cssSelector(".notice.success"))
                .isEmpty());
        // The demo's lrs-credits letters are learners whose NIP SIMPEG does not know: the replay runs them again,
        // they fail again and stay open with one attempt more, which is what the answer says.
        assertThat(operator.findElement(By.cssSelector(".notice.success")).getText())
                .startsWith("0 surat mati dikirim ulang, 1 masih gagal, 0 tidak dapat dikirim ulang.");
        page(operator, "dead-letters-after-replay-id");
        page(operator, "/console/dead-letters/" + letter, null);
        assertThat(operator.findElement(By.cssSelector("[data-field=attempts]")).getText())
                .isEqualTo(String.valueOf(attempts + 1));

        ChromeDriver admin = browser("id");
        logIn(admin, "admin");
        page(admin, "/console/audit?q=dead-letter-replay", null);
        assertThat(admin.findElement(By.cssSelector("tr.entry")).getText()).contains("operator", "dead-letter-replay",
                "ids=" + letter);
    }

    @Test
    @Order(5)
    void aViewerCannotReplayNotEvenByPostingTheFormItself() throws Exception {
        ChromeDriver viewer = browser("id");
        logIn(viewer, "viewer");
        page(viewer, "/console/dead-letters?flow=lrs-credits", "dead-letters-viewer-id");
        assertThat(viewer.findElements(By.cssSelector("tbody tr.letter"))).isNotEmpty();
        assertThat(viewer.findElements(By.cssSelector("input[name=ids]"))).isEmpty();
        assertThat(viewer.findElements(By.cssSelector("button[value=replay]"))).isEmpty();
        long letter = Long.parseLong(viewer.findElement(By.cssSelector("tbody tr.letter td[data-col=id]")).getText());
        page(viewer, "/console/dead-letters/" + letter, null);
        assertThat(viewer.findElements(By.cssSelector("button[value=replay]"))).isEmpty();
        String attempts = viewer.findElement(By.cssSelector("[data-field=attempts]")).getText();
        page(viewer, "/console/flows/lrs-credits", "flow-viewer-id");
        assertThat(viewer.findElements(By.cssSelector("form[action$='/run']"))).isEmpty();

        // With the viewer's own valid CSRF token (from the sign-out form), straight to the replay endpoint.
        Object status = viewer.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const body = new URLSearchParams();
                body.append('_csrf', document.querySelector('form[action$="/logout"] input[name=_csrf]').value);
                body.append('ids', arguments[0]);
                fetch('/console/dead-letters/replay', {method: 'POST', body, redirect: 'manual'})
                    .then(r => done(r.status), e => done(String(e)));
                """, String.valueOf(letter));
        assertThat(status).isEqualTo(403L);
        assertThat(consoleErrors(viewer, true)).isEmpty();
        page(viewer, "/console/dead-letters/" + letter, null);
        assertThat(viewer.findElement(By.cssSelector("[data-field=attempts]")).getText()).as("not replayed")
                .isEqualTo(attempts);
    }

    @Test
    @Order(6)
    void aFormWithoutItsCsrfTokenIsRefusedAndDoesNothing() throws Exception {
        ChromeDriver operator = browser("id");
        logIn(operator, "operator");
        page(operator, "/console/flows/kinerja-performance", null);
        int passes = operator.findElements(By.cssSelector("tr.pass")).size();
        operator.executeScript("document.querySelector(\"form[action$='/run'] input[name=_csrf]\").remove()");
        operator.findElement(By.cssSelector("form[action$='/run'] button")).click();
        awaitHeading(operator);
        assertThat(heading(operator)).isEqualTo("Formulir ditolak");
        assertThat(operator.findElement(By.tagName("main")).getText()).contains("token CSRF", "Tidak ada yang diubah.");
        assertThat(consoleErrors(operator, true)).as("only the refusal itself").isEmpty();
        saveScreenshot(operator, "csrf-refused-id");
        page(operator, "/console/flows/kinerja-performance", null);
        assertThat(operator.findElements(By.cssSelector(".notice"))).as("no run started").isEmpty();
        assertThat(operator.findElements(By.cssSelector("tr.pass"))).hasSize(passes);
    }

    @Test
    @Order(7)
    void theHrFiguresAreTheApisFigures() throws Exception {
        JsonNode api = api("/api/v1/competency/opd");
        ChromeDriver hr = browser("id");
        logIn(hr, "hr");
        page(hr, "/console/competency", "competency-figures-id");
        for (Map.Entry<String, String> figure : FIGURES.entrySet()) {
            assertThat(hr.findElement(By.cssSelector("#figures-all [data-figure=" + figure.getKey() + "]")).getText())
                    .as(figure.getKey()).isEqualTo(indonesian(api.get("all").get(figure.getValue()), figure.getValue()));
        }
        assertThat(hr.findElements(By.cssSelector("#opd-table tbody tr"))).hasSize(api.get("opds").size());
        for (JsonNode opd : api.get("opds")) {
            WebElement row = hr.findElement(By.cssSelector("tr[data-opd='" + opd.get("opdCode").asText() + "']"));
            for (Map.Entry<String, String> figure : FIGURES.entrySet()) {
                assertThat(row.findElement(By.cssSelector("[data-figure=" + figure.getKey() + "]")).getText())
                        .as(opd.get("opdCode").asText() + " " + figure.getKey())
                        .isEqualTo(indonesian(opd.get(figure.getValue()), figure.getValue()));
            }
        }
        assertThat(hr.findElements(By.cssSelector(".chart svg"))).as("the charts are drawn").hasSize(3);

        String code = api.get("opds").get(0).get("opdCode").asText();
        JsonNode one = api("/api/v1/competency/opd/" + code);
        page(hr, "/console/competency/opd/" + code, null);
        for (String figure : List.of("headcount", "compliant", "compliance", "mean")) {
            assertThat(hr.findElement(By.cssSelector("#figures-opd [data-figure=" + figure + "]")).getText())
                    .as(code + " " + figure).isEqualTo(indonesian(one.get("opd").get(FIGURES.get(figure)),
                            FIGURES.get(figure)));
        }
        assertThat(hr.findElements(By.cssSelector("main table tbody tr"))).hasSize(one.get("members").size());

        String nip = learnerWithCredits(code);
        JsonNode asn = api("/api/v1/competency/asn/" + nip);
        page(hr, "/console/competency/asn?nip=" + nip, null);
        assertThat(hr.findElement(By.cssSelector("#figures-asn [data-figure=total]")).getText())
                .isEqualTo(indonesian(asn.get("jp").get("totalJp"), "totalJp"));
        assertThat(hr.findElements(By.cssSelector("main table tbody tr"))).hasSize(asn.get("credits").size());
    }

    // ---- the browser

    private ChromeDriver browser(String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,900", "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        browsers.add(browser);
        return browser;
    }

    private void logIn(ChromeDriver browser, String user) {
        browser.get(base + "/console");
        await().atMost(PAGE).until(() -> URI.create(browser.getCurrentUrl()).getPath().equals("/login"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(PASSWORDS.get(user));
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        await().atMost(PAGE).until(() -> URI.create(browser.getCurrentUrl()).getPath().equals("/console"));
        awaitHeading(browser);
    }

    private void logOut(ChromeDriver browser) {
        browser.findElement(By.cssSelector("form[action$='/logout'] button")).click();
        await().atMost(PAGE).until(() -> URI.create(browser.getCurrentUrl()).getPath().equals("/login"));
        awaitHeading(browser);
    }

    private static void awaitHeading(ChromeDriver browser) {
        await().atMost(PAGE).ignoreExceptions().until(() -> "complete".equals(browser.executeScript(
                "return document.readyState")) && !browser.findElements(By.tagName("h1")).isEmpty());
    }

    private static String heading(ChromeDriver browser) {
        awaitHeading(browser);
        return browser.findElement(By.tagName("h1")).getText();
    }

    /** Opens {@code path} and checks it as {@link #page(ChromeDriver, String)} does. */
    private String page(ChromeDriver browser, String path, String shot) throws IOException {
        browser.get(base + path);
        return page(browser, shot);
    }

    /**
     * Checks the page in the browser: a heading, every word from the message bundles (no {@code ??key??}), no error
     * in the browser's console; saves a screenshot named {@code shot} when given.
     */
    private String page(ChromeDriver browser, String shot) throws IOException {
        String heading = heading(browser);
        String url = browser.getCurrentUrl();
        assertThat(browser.getPageSource()).as("a message key without text on " + url).doesNotContain("??");
        assertThat(consoleErrors(browser, false)).as("browser console errors on " + url).isEmpty();
        if (shot != null) {
            saveScreenshot(browser, shot);
        }
        return heading;
    }

    /** The page a role may not open: answered 403 with the "not allowed" page, and no other console error. */
    private String deniedPage(ChromeDriver browser, String path, String shot) throws IOException {
        browser.get(base + path);
        String heading = heading(browser);
        assertThat(consoleErrors(browser, true)).as("browser console errors on " + path).isEmpty();
        if (shot != null) {
            saveScreenshot(browser, shot);
        }
        return heading;
    }

    private static List<String> consoleErrors(ChromeDriver browser, boolean forbiddenExpected) {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()
                    && !(forbiddenExpected && entry.getMessage().contains("status of 403"))) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    /** A screenshot of the whole page (at most 4,000 pixels tall), not only the window, through Chromium's DevTools. */
    private static void saveScreenshot(ChromeDriver browser, String shot) throws IOException {
        Map<String, Object> metrics = browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<?, ?> content = (Map<?, ?>) metrics.get("cssContentSize");
        double width = ((Number) content.get("width")).doubleValue();
        double height = Math.min(((Number) content.get("height")).doubleValue(), 4000);
        Map<String, Object> png = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height,
                        "scale", 1)));
        Files.write(SHOTS.resolve(shot + ".png"), Base64.getDecoder().decode((String) png.get("data")));
    }

    // ---- the data the pages show

    private long firstOpenLetter(ChromeDriver browser, String flow) throws IOException {
        page(browser, "/console/dead-letters?flow=" + flow, null);
        List<WebElement> ids = browser.findElements(By.cssSelector("tbody tr.letter td[data-col=id]"));
        assertThat(ids).as("the demo leaves open %s dead letters", flow).isNotEmpty();
        return Long.parseLong(ids.get(0).getText());
    }

    /** A NIP of {@code opd} with at least one credit this year, from the API. */
    private static String learnerWithCredits(String opd) throws Exception {
        for (JsonNode member : api("/api/v1/competency/opd/" + opd).get("members")) {
            if (member.get("jp").get("activeCredits").asInt() > 0) {
                return member.get("nip").asText();
            }
        }
        for (JsonNode group : api("/api/v1/competency/opd").get("opds")) {
            for (JsonNode member : api("/api/v1/competency/opd/" + group.get("opdCode").asText()).get("members")) {
                if (member.get("jp").get("activeCredits").asInt() > 0) {
                    return member.get("nip").asText();
                }
            }
        }
        throw new AssertionError("the demo credited nobody");
    }

    private static JsonNode api(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path))
                .header("X-API-Key", KEY).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** How the console writes an API figure: Indonesian digits, percentages with " %", a dash for none. */
    private static String indonesian(JsonNode value, String figure) {
        if (value == null || value.isNull()) {
            return "–";
        }
        BigDecimal number = value.decimalValue();
        NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("id-ID"));
        format.setMaximumFractionDigits(2);
        format.setMinimumFractionDigits(number.stripTrailingZeros().scale() > 0 ? 2 : 0);
        String text = format.format(number);
        return figure.endsWith("Percent") ? text + " %" : text;
    }

    private static String tail() {
        List<String> lines = demo.lines();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
