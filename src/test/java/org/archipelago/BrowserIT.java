package org.archipelago;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The packaged application, started as a user would start it ({@code java -jar}, demo data, a fresh data directory),
 * driven by Debian's Chromium: every role signs in and sees its landing page, and the pages pass an axe-core scan.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserIT {

    private static final String DEMO_PASSWORD = "Archipelago-demo-2026";

    private Process app;
    private String base;
    private Playwright playwright;
    private Browser browser;

    @BeforeAll
    void start() throws Exception {
        Path chromium = Path.of(System.getenv().getOrDefault("ARCHIPELAGO_CHROMIUM", "/usr/bin/chromium"));
        if (!"true".equalsIgnoreCase(System.getenv("CI"))) {
            assumeTrue(
                    Files.isExecutable(chromium),
                    "No Chromium at " + chromium + ": install Debian's chromium or set ARCHIPELAGO_CHROMIUM");
        }
        Path jar = Path.of(System.getProperty("archipelago.it.jar", "target/archipelago.jar"));
        assertThat(jar).as("the packaged application").exists();
        int port = freePort();
        base = "http://localhost:" + port;
        Path dataDir = Files.createTempDirectory("archipelago-it");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        app = new ProcessBuilder(
                        java,
                        "-jar",
                        jar.toString(),
                        "--server.port=" + port,
                        "--archipelago.data-dir=" + dataDir,
                        "--archipelago.demo-data=true")
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "browser-it-app.log").toFile())
                .start();
        waitUntilHealthy(Duration.ofSeconds(150));

        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(chromium)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update")));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (app != null) {
            app.destroy();
        }
    }

    @Test
    void every_role_signs_in_and_lands_on_its_own_page() {
        record Visit(String email, String name, List<String> navigation) {}
        var visits = List.of(
                new Visit("trainee@archipelago.test", "Keisha Thompson", List.of("Home")),
                new Visit("trainer@archipelago.test", "Rafael Ortiz Peña", List.of("Inicio")),
                new Visit(
                        "coordinator.jm@archipelago.test",
                        "Desmond Clarke",
                        List.of("Home", "Membership requests", "Users")),
                new Visit(
                        "administrator@archipelago.test",
                        "Marisol Baptiste",
                        List.of("Home", "Membership requests", "Users", "Audit trail", "Outbox")));
        for (Visit visit : visits) {
            try (BrowserContext context = browser.newContext()) {
                Page page = signIn(context, visit.email());
                assertThat(page.locator("h2").first().textContent())
                        .as(visit.email())
                        .contains(visit.name());
                assertThat(page.locator("vaadin-side-nav-item").allTextContents())
                        .as(visit.email())
                        .map(String::strip)
                        .containsExactlyElementsOf(visit.navigation());
                assertThat(seriousViolations(page))
                        .as("landing page of " + visit.email())
                        .isEmpty();
            }
        }
    }

    @Test
    void wrong_credentials_keep_the_visitor_on_the_sign_in_page_with_a_message() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(base + "/login");
            fillSignIn(page, "trainee@archipelago.test", "not the password");
            page.waitForURL("**/login?error");
            page.getByText("Could not sign you in").waitFor();
            assertThat(page.getByText("Could not sign you in").isVisible()).isTrue();
        }
    }

    @Test
    void the_public_pages_have_no_serious_accessibility_violations() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            for (String path : List.of("/login", "/join", "/forgot-password")) {
                page.navigate(base + path);
                page.waitForSelector("h1, h2");
                assertThat(seriousViolations(page)).as(path).isEmpty();
            }
        }
    }

    @Test
    void a_member_deactivated_while_signed_in_is_sent_to_sign_in_at_the_next_click() {
        try (BrowserContext memberContext = browser.newContext();
                BrowserContext adminContext = browser.newContext()) {
            Page member = signIn(memberContext, "trainee.gy@archipelago.test");
            Page admin = signIn(adminContext, "administrator@archipelago.test");
            admin.navigate(base + "/admin/users");
            admin.locator("vaadin-text-field input").first().fill("trainee.gy");
            admin.getByText("Joel Persaud").first().click();
            admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deactivate"))
                    .click();
            admin.getByText("Account deactivated.").waitFor();

            member.getByText("Your profile and preferences").click();
            member.waitForURL("**/login");
            member.locator("vaadin-login-form").waitFor();
            assertThat(member.locator("vaadin-login-form").isVisible()).isTrue();
        }
    }

    @Test
    void an_unknown_page_answers_not_found_without_a_trace() {
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "trainee@archipelago.test");
            page.navigate(base + "/no/such/page");
            page.getByText("Page not found").waitFor();
            assertThat(page.getByText("This page does not exist, or you do not have access to it.")
                            .isVisible())
                    .isTrue();
            assertThat(page.content()).doesNotContain("Exception", "at org.");
        }
    }

    private Page signIn(BrowserContext context, String email) {
        Page page = context.newPage();
        page.navigate(base + "/login");
        fillSignIn(page, email, DEMO_PASSWORD);
        page.waitForURL(url -> !url.contains("/login"));
        page.waitForSelector("h2");
        return page;
    }

    private static void fillSignIn(Page page, String email, String password) {
        page.locator("vaadin-text-field[name='username'] input").fill(email);
        page.locator("vaadin-password-field[name='password'] input").fill(password);
        page.locator("vaadin-password-field[name='password'] input").press("Enter");
    }

    private static List<String> seriousViolations(Page page) {
        return new AxeBuilder(page)
                .analyze().getViolations().stream()
                        .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                        .map(BrowserIT::describe)
                        .toList();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): "
                + rule.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget()))
                        .toList();
    }

    private void waitUntilHealthy(Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the application stopped; see target/browser-it-app.log");
            }
            try {
                var response = client.send(
                        HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the application did not start within " + timeout);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
