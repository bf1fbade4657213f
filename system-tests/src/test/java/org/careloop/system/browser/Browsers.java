package org.careloop.system.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright for Java (no browser download), and logging in through the real Keycloak
 * login page of the careloop realm. `./careloop test` passes the URLs as system properties.
 */
final class Browsers {

    static final String REVIEW_URL = property("careloop.review.url", "http://localhost:8080");
    static final String CHROMIUM = property("careloop.chromium", "/usr/bin/chromium");
    static final String DEMO_PASSWORD = "careloop-demo";
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private Browsers() {}

    static Playwright playwright() {
        return Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static Browser chromium(Playwright playwright) {
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Paths.get(CHROMIUM))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-dev-shm-usage",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    /** A fresh browser profile for one user, signed in through Keycloak's login page, on the given page. */
    static Page signIn(Browser browser, String username, String path) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        context.setDefaultTimeout(30_000);
        Page page = context.newPage();
        page.navigate(REVIEW_URL + path);
        page.locator("#username").fill(username);
        page.locator("#password").fill(DEMO_PASSWORD);
        page.locator("#kc-login").click();
        page.waitForURL(url -> url.startsWith(REVIEW_URL + path));
        return page;
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
