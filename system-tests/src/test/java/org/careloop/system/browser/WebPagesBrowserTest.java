package org.careloop.system.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.careloop.system.browser.Browsers.REVIEW_URL;
import static org.careloop.system.browser.Browsers.screenshot;
import static org.careloop.system.browser.Browsers.signIn;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The three pages in Debian's Chromium against the running system: alice writes, carter edits the draft and
 * approves, alice reads the labelled reply; an emergency shows the safety banner at once; root-admin edits the
 * process in bpmn-js, deploys an allowed change and is refused a model with a path around the review; sofia, the
 * safety officer, reads the oversight figures of those decisions.
 * Screenshots of each page go to target/screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebPagesBrowserTest {

    private static final Duration PROCESS_WAIT = Duration.ofSeconds(120);

    /**
     * The inbox ordered newest first, as a clinician looks for a message that just came in: the default order is by
     * priority and due time, a page at a time, and the tests before this one leave tasks of their own undecided.
     */
    private static final String NEWEST_FIRST = "/inbox?sort=created-desc";

    private static final LocatorAssertions.IsVisibleOptions LONG =
            new LocatorAssertions.IsVisibleOptions().setTimeout(PROCESS_WAIT.toMillis());

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    static Playwright playwright;
    static Browser browser;

    @BeforeAll
    static void launch() {
        playwright = Browsers.playwright();
        browser = Browsers.chromium(playwright);
        // Deploying, the audit check and the process's jobs take a moment on a loaded CI machine.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    @Order(1)
    void aliceWritesCarterEditsAndApprovesAliceReadsTheLabelledReply() {
        String marker = "browser-" + Instant.now().toEpochMilli();
        String text = "Hello, I need a copy of my vaccination record for a school form. How can I get it? "
                + "<script>window.__careloopInjected = true</script> (" + marker + ")";

        Page alice = signIn(browser, "alice", "/portal");
        assertThat(alice.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My messages")))
                .isVisible();
        assertThat(alice.getByText("A clinician reviews every answer")).isVisible();
        // The first Tab reaches the skip link: the page is usable from the keyboard.
        alice.keyboard().press("Tab");
        assertThat((String) alice.evaluate("document.activeElement.textContent.trim()"))
                .isEqualTo("Skip to main content");

        alice.getByLabel("Your message", EXACT).fill(text);
        alice.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send message"))
                .click();
        assertThat(alice.getByRole(AriaRole.STATUS).first()).containsText("Your message was sent");
        String messageId = alice.url().replaceAll(".*sent=([0-9a-f-]+).*", "$1");
        Locator mine = alice.locator("#message-" + messageId);
        assertThat(mine.locator(".message-text")).containsText("<script>window.__careloopInjected = true</script>");
        screenshot(alice, "01-portal-sent");

        Page carter = signIn(browser, "carter", "/inbox");
        Locator row = carter.locator("tr[data-message-id='" + messageId + "']");
        waitUntil(carter, row, NEWEST_FIRST);
        screenshot(carter, "02-inbox-list");
        row.getByRole(AriaRole.LINK).first().click();
        Locator draft = carter.locator("#draft-view");
        String taskUrl = carter.url();
        waitUntil(carter, draft, taskUrl.substring(REVIEW_URL.length()));

        // The patient's text is shown as text, never run as a script.
        assertThat(carter.locator("[data-testid=patient-message]")).containsText("<script>window.__careloopInjected");
        assertThat(carter.evaluate("window.__careloopInjected === undefined")).isEqualTo(true);
        assertThat(alice.evaluate("window.__careloopInjected === undefined")).isEqualTo(true);

        Locator editor = carter.getByLabel("Reply to the patient", EXACT);
        String original = editor.inputValue();
        String edited =
                original + "\n\nI have read your message myself: please book a visit if it is not better in two days.";
        editor.fill(edited);
        assertThat(carter.locator("#diff ins")).containsText("please book a visit");
        assertThat(carter.locator("#edit-distance")).containsText("words changed");
        // A draft the check rates HIGH needs a second, senior review before release (routing table).
        boolean secondReview = carter.locator("p.meta .risk-high").count() > 0;
        carter.getByLabel("Edit and approve: send my edited text").check();
        tickEveryAcknowledgement(carter);
        carter.getByLabel("I have reviewed this reply").check();
        // The end of the draft was on screen: the decision says so for the oversight figures.
        assertThat(carter.locator("#draft-seen")).hasValue("yes");
        screenshot(carter, "03-inbox-task-edited");
        carter.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit decision"))
                .click();
        carter.waitForURL(url -> url.contains("/inbox?decided=EDIT_AND_APPROVE"));
        assertThat(carter.getByRole(AriaRole.STATUS).first()).containsText("Decision recorded");
        if (secondReview) {
            confirmSecondReview(messageId);
        }

        // The page keeps itself current: no reload needed for the reply to appear.
        Locator reply = mine.locator(".reply");
        assertThat(reply).isVisible(LONG);
        assertThat(reply.locator(".reply-text")).containsText("please book a visit if it is not better in two days");
        assertThat(reply.locator("[data-testid=reply-label]"))
                .containsText("Drafted with AI assistance and reviewed by Maya Carter");
        assertThat(reply.getByText("How to use this answer")).isVisible();
        // What the label means, and the clinic's AI-use notice one click away (issue 15).
        assertThat(reply.locator("[data-testid=ai-disclosure]"))
                .containsText("A clinician of your care team then read");
        screenshot(alice, "04-portal-reply");
        reply.locator("[data-testid=ai-use-notice-link]").click();
        assertThat(alice.locator("h1")).hasText("How your clinic uses AI");
        assertThat(alice.locator("[data-testid=ai-use-notice-contact]")).isVisible();
        screenshot(alice, "04b-ai-use-notice");
        alice.context().close();
        carter.context().close();
    }

    @Test
    @Order(2)
    void anEmergencyShowsTheSafetyBannerAtOnce() {
        Page alice = signIn(browser, "alice", "/portal");
        alice.getByLabel("Your message", EXACT)
                .fill("I have crushing chest pain spreading to my left arm and I am sweating.");
        alice.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send message"))
                .click();
        String messageId = alice.url().replaceAll(".*sent=([0-9a-f-]+).*", "$1");
        Locator banner = alice.locator("#message-" + messageId + " [data-testid=emergency-banner]");
        // No clinician is involved: screening alone puts the fixed safety message on the page.
        assertThat(banner).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        assertThat(banner).containsText("Get help now");
        screenshot(alice, "05-portal-emergency");
        alice.context().close();

        // Approving the reply to an emergency needs its red flag acknowledged on its own line.
        Page oncall = signIn(browser, "oncall", "/inbox");
        Locator row = oncall.locator("tr[data-message-id='" + messageId + "']");
        waitUntil(oncall, row, NEWEST_FIRST);
        row.getByRole(AriaRole.LINK).first().click();
        String taskPath = oncall.url().substring(REVIEW_URL.length());
        waitUntil(oncall, oncall.locator("#draft-view"), taskPath);
        Locator checklist = oncall.locator("[data-testid=acknowledgements]");
        assertThat(checklist).containsText("Emergency red flag");
        oncall.getByLabel("Approve the draft as it is").check();
        oncall.getByLabel("I have reviewed this reply").check();
        oncall.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit decision"))
                .click();
        assertThat(oncall.locator("#decision-problem")).containsText("Tick each finding and red flag");
        screenshot(oncall, "05b-inbox-acknowledge");
        oncall.getByLabel("Approve the draft as it is").check();
        tickEveryAcknowledgement(oncall);
        oncall.getByLabel("I have reviewed this reply").check();
        oncall.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit decision"))
                .click();
        oncall.waitForURL(url -> url.contains("/inbox?decided=APPROVE"));
        oncall.context().close();
    }

    /** Ticks each HIGH finding and emergency red flag the page lists, as a clinician does after checking each. */
    private static void tickEveryAcknowledgement(Page page) {
        Locator boxes = page.locator("[data-testid=acknowledgements] input[type=checkbox]");
        for (int i = 0; i < boxes.count(); i++) {
            boxes.nth(i).check();
        }
    }

    @Test
    @Order(3)
    void rootAdminDeploysAnAllowedChangeAndIsRefusedABypass() {
        Page admin = signIn(browser, "root-admin", "/admin");
        assertThat(admin.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Process and decision definitions")))
                .isVisible();
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the audit chain"))
                .click();
        assertThat(admin.locator("[data-testid=audit-result]")).containsText("The chain is intact");
        screenshot(admin, "06-admin");

        // Definitions are listed newest version first: open the current patient-reply.
        admin.locator("tr[data-definition-id^='patient-reply:'] a[href^='/admin/editor']")
                .first()
                .click();
        Locator status = admin.locator("#editor-status");
        assertThat(status).containsText("Diagram loaded");

        // An allowed change: rename the start event.
        admin.evaluate("() => { const m = window.careloopModeler; "
                + "m.get('modeling').updateLabel(m.get('elementRegistry').get('StartEvent_MessageReceived'), "
                + "'Message received (" + Instant.now().toEpochMilli() + ")'); }");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check against the release gate"))
                .click();
        assertThat(status).containsText("passes the release gate");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deploy as a new version"))
                .click();
        assertThat(status).containsText("Deployed: patient-reply version");
        screenshot(admin, "07-admin-editor-deployed");

        // A path around the review: from the draft check straight to the release.
        admin.evaluate("() => { const m = window.careloopModeler; const r = m.get('elementRegistry'); "
                + "m.get('modeling').connect(r.get('Task_CheckDraft'), r.get('Task_ReleaseReply')); }");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check against the release gate"))
                .click();
        assertThat(status).containsText("does not pass the release gate");
        assertThat(admin.locator("[data-testid=violations]")).containsText("RELEASE_WITHOUT_REVIEW");
        assertThat(admin.locator(".djs-element.violation").first()).isVisible();
        assertThat(admin.locator(".violation-badge").first()).isVisible();
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deploy as a new version"))
                .click();
        assertThat(status).containsText("Refused: the model was not deployed");
        screenshot(admin, "08-admin-editor-refused");
        admin.context().close();
    }

    @Test
    @Order(4)
    void sofiaReadsTheOversightFiguresOfTheDecisionsAboveWithChartsAndCsv() throws java.io.IOException {
        Page sofia = signIn(browser, "sofia", "/admin/oversight");
        assertThat(sofia.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Review oversight")))
                .isVisible();
        Locator reviewers = sofia.locator("[data-testid=reviewers]");
        // carter edited and approved in the first test, oncall approved the emergency reply in the second.
        assertThat(reviewers.locator("tr[data-name=carter]")).isVisible();
        assertThat(reviewers.locator("tr[data-name=oncall]")).isVisible();
        assertThat(sofia.locator("[data-testid=teams] tr[data-name=on-call]")).isVisible();
        assertThat(sofia.locator("[data-testid=models] tbody tr").first()).isVisible();
        assertThat(sofia.locator("body")).hasAttribute("data-charts-ready", "yes");
        assertThat(sofia.locator("#chart-time")).isVisible();
        screenshot(sofia, "09-admin-oversight");

        com.microsoft.playwright.Download csv = sofia.waitForDownload(
                () -> sofia.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download CSV"))
                        .click());
        String content = java.nio.file.Files.readString(csv.path());
        assertThat(content).startsWith("scope,name,decisions,").contains("reviewer,carter,");
        sofia.context().close();
    }

    private static void confirmSecondReview(String messageId) {
        Page lee = signIn(browser, "lee", "/inbox");
        Locator row = lee.locator("tr[data-message-id='" + messageId + "']");
        waitUntil(lee, row, NEWEST_FIRST);
        row.getByRole(AriaRole.LINK).first().click();
        lee.getByLabel("Confirm: release this text to the patient").check();
        lee.getByLabel("I have reviewed this reply").check();
        lee.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit decision"))
                .click();
        lee.waitForURL(url -> url.contains("/inbox?decided=APPROVE"));
        lee.context().close();
    }

    /** Reloads the page until the element is there: the process works in the background. */
    private static void waitUntil(Page page, Locator locator, String path) {
        Instant deadline = Instant.now().plus(PROCESS_WAIT);
        while (locator.count() == 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not shown within " + PROCESS_WAIT + ": " + locator);
            }
            page.waitForTimeout(1000);
            page.navigate(REVIEW_URL + path);
        }
    }
}
