package org.careloop.review.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.careloop.review.CareloopTestEnvironment.GREETING;
import static org.careloop.review.Users.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careloop.review.CareloopTestEnvironment;
import org.careloop.review.TestUserMechanism;
import org.careloop.review.oversight.DecisionMeasurement;
import org.careloop.review.oversight.canary.Canary;
import org.careloop.review.oversight.canary.CanaryKind;
import org.careloop.review.oversight.canary.CanaryPlanter;
import org.junit.jupiter.api.Test;

/** The pages over HTTP: login redirect, CSP, CSRF, escaping, and the patient → clinician → patient round trip. */
@QuarkusTest
@QuarkusTestResource(CareloopTestEnvironment.class)
class WebPagesTest {

    static final String FILLED_DRAFT = CareloopTestEnvironment.DRAFT_TEXT.replace("[NAME_1]", "John Smith");
    private static final Pattern CSRF = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\">");
    static final Pattern SHOWN = Pattern.compile("name=\"shownSha256\" value=\"([0-9a-f]{64})\"");
    private static final Map<String, String> USERS = Map.of(
            "alice", "alice;sub-alice;Alice Moreno;patient",
            "bob", "bob;sub-bob;Bob Tanaka;patient",
            "carter", "carter;sub-carter;Maya Carter;clinician",
            "lee", "lee;sub-lee;Jordan Lee;clinician,senior-clinician",
            "root-admin", "root-admin;sub-root;Root Admin;admin",
            "sofia", "sofia;sub-sofia;Sofia Reyes;safety-officer");

    /**
     * A signed-in browser: the user, the CSRF cookie and token from the first page it loaded, and that page's
     * hidden {@code shownSha256} (a task page's draft as shown), which its forms post along as a browser would.
     */
    record Browser(String user, String cookie, String token, String shown) {

        io.restassured.specification.RequestSpecification request() {
            return given().header(TestUserMechanism.HEADER, USERS.get(user))
                    .cookie(Csrf.COOKIE, cookie)
                    .redirects()
                    .follow(false);
        }

        Response form(String path, Map<String, ?> fields) {
            Map<String, Object> posted = new java.util.HashMap<>(fields);
            if (shown != null) {
                posted.putIfAbsent("shownSha256", shown);
            }
            return request()
                    .contentType(ContentType.URLENC)
                    .formParam(Csrf.FIELD, token)
                    .formParams(posted)
                    .post(path);
        }
    }

    static Browser open(String user, String page) {
        Response response = given().header(TestUserMechanism.HEADER, USERS.get(user))
                .redirects()
                .follow(false)
                .get(page);
        assertThat(response.statusCode()).isEqualTo(200);
        Matcher m = CSRF.matcher(response.asString());
        assertThat(m.find()).isTrue();
        Matcher shown = SHOWN.matcher(response.asString());
        return new Browser(user, response.getCookie(Csrf.COOKIE), m.group(1), shown.find() ? shown.group(1) : null);
    }

    @Test
    void shouldSendAnonymousBrowsersToTheLoginPageButAnswerTheApiWith401() {
        given().redirects()
                .follow(false)
                .get("/portal")
                .then()
                .statusCode(302)
                .header("Location", containsString("/realms/careloop/protocol/openid-connect/auth"))
                .header("Location", containsString("client_id=review-service"));
        given().redirects().follow(false).get("/inbox").then().statusCode(302);
        given().redirects().follow(false).get("/admin").then().statusCode(302);
        given().get("/api/patient/messages").then().statusCode(401);
        given().get("/api/inbox/tasks").then().statusCode(401);
    }

    @Test
    void shouldServeThePortalWithAContentSecurityPolicyAndLabelledControls() {
        Response page = as("alice").get("/portal");
        page.then()
                .statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("X-Frame-Options", "DENY")
                .header("Cache-Control", "no-store");
        String html = page.asString();
        assertThat(html)
                .contains("<label for=\"message-text\">")
                .contains("id=\"message-text\"")
                .contains("A clinician reviews every answer")
                .contains("Skip to main content")
                .doesNotContain("<script>")
                .doesNotContain("onclick=");
        given().get("/css/careloop.css")
                .then()
                .statusCode(200)
                .header("Content-Security-Policy", startsWith("default-src"));
    }

    @Test
    void shouldKeepPagesToTheirRoles() {
        as("alice")
                .get("/inbox")
                .then()
                .statusCode(403)
                .body(containsString("this page is for another role"))
                .body(containsString("<a href=\"/portal\">My messages</a>"));
        as("alice").get("/api/inbox/tasks").then().statusCode(403);
        as("alice").get("/admin").then().statusCode(403);
        as("carter").get("/portal").then().statusCode(403);
        as("carter").get("/admin").then().statusCode(403);
    }

    @Test
    void shouldRefuseAFormWithoutAValidCsrfToken() {
        Browser alice = open("alice", "/portal");
        alice.request()
                .contentType(ContentType.URLENC)
                .formParam("text", "no token")
                .post("/portal/messages")
                .then()
                .statusCode(403);
        alice.request()
                .contentType(ContentType.URLENC)
                .formParam("text", "wrong token")
                .formParam(Csrf.FIELD, "forged")
                .post("/portal/messages")
                .then()
                .statusCode(403);
        // Bob's token does not work with Alice's cookie.
        Browser bob = open("bob", "/portal");
        given().header(TestUserMechanism.HEADER, USERS.get("alice"))
                .cookie(Csrf.COOKIE, alice.cookie())
                .contentType(ContentType.URLENC)
                .formParam("text", "x")
                .formParam(Csrf.FIELD, bob.token())
                .redirects()
                .follow(false)
                .post("/portal/messages")
                .then()
                .statusCode(403);
        alice.request()
                .header("Sec-Fetch-Site", "cross-site")
                .contentType(ContentType.URLENC)
                .formParam(Csrf.FIELD, alice.token())
                .formParam("text", "x")
                .post("/portal/messages")
                .then()
                .statusCode(403);
    }

    @Test
    void shouldShowABlankMessageAsAFriendlyError() {
        Browser alice = open("alice", "/portal");
        Response response = alice.form("/portal/messages", Map.of("text", "   "));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.asString()).contains("Please write your message before sending it.");
    }

    @Test
    void shouldCarryAMessageFromThePortalThroughTheInboxPageBackToThePatient() {
        String text = GREETING + "My throat hurts. <script>alert('x')</script> & more";
        Browser alice = open("alice", "/portal");
        Response sent = alice.form("/portal/messages", Map.of("text", text));
        assertThat(sent.statusCode()).isEqualTo(303);
        String messageId = sent.getHeader("Location").replaceAll(".*sent=([0-9a-f-]+).*", "$1");

        // The patient's own page shows the message as text, and Bob's page does not show it at all.
        String portal = as("alice").get("/portal").asString();
        assertThat(portal)
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more")
                .doesNotContain("<script>alert");
        assertThat(as("bob").get("/portal").asString())
                .doesNotContain(messageId)
                .doesNotContain("My throat hurts");

        String taskId = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> taskRow(
                                as("carter").get("/inbox?sort=created-desc").asString(), messageId),
                        id -> id != null);
        String task = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> as("carter").get("/inbox/tasks/{id}", taskId).asString(),
                        html -> html.contains("draft-view"));
        assertThat(task)
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .doesNotContain("<script>alert")
                .contains("<mark class=\"finding sev-low cited\" id=\"finding-span-1\"")
                .contains("Reading level")
                .contains("A long sentence.")
                .contains("Open the passage: Sore throat")
                .contains(CareloopTestEnvironment.SORE_THROAT_PASSAGE)
                .contains("Sources the model cited that it was never given (removed)")
                .contains("made-up-passage")
                .contains("offline-extractive")
                .contains("draft-reply-v1")
                .contains("test-1")
                .contains("I have reviewed this reply");

        Browser carter = open("carter", "/inbox/tasks/" + taskId);
        String edited = FILLED_DRAFT.replace("within a week", "within five to seven days");

        // Without the explicit confirmation nothing is decided.
        Response unconfirmed = carter.form(
                "/inbox/tasks/" + taskId + "/decision", Map.of("action", "EDIT_AND_APPROVE", "text", edited));
        assertThat(unconfirmed.statusCode()).isEqualTo(400);
        assertThat(unconfirmed.asString()).contains("Tick &quot;I have reviewed this reply&quot;");
        // Approving "as is" with an edited text is refused rather than guessed.
        Response mixed = carter.form(
                "/inbox/tasks/" + taskId + "/decision",
                Map.of("action", "APPROVE", "text", edited, "draft", FILLED_DRAFT, "reviewed", "yes"));
        assertThat(mixed.statusCode()).isEqualTo(400);

        Response decided = carter.form(
                "/inbox/tasks/" + taskId + "/decision",
                Map.of(
                        "action",
                        "EDIT_AND_APPROVE",
                        "text",
                        edited.replace("\n", "\r\n"),
                        "draft",
                        FILLED_DRAFT,
                        "reviewed",
                        "yes",
                        "draftSeen",
                        "yes"));
        assertThat(decided.statusCode()).isEqualTo(303);
        assertThat(decided.getHeader("Location")).endsWith("/inbox?decided=EDIT_AND_APPROVE");

        DecisionMeasurement measured = QuarkusTransaction.requiringNew()
                .call(() -> DecisionMeasurement.<DecisionMeasurement>find("taskId", taskId)
                        .firstResult());
        assertThat(measured.channel).isEqualTo("PAGE");
        assertThat(measured.action).isEqualTo("EDIT_AND_APPROVE");
        assertThat(measured.decidedBy).isEqualTo("carter");
        assertThat(measured.wordsChanged).isEqualTo(4); // "a week" → "five to seven days": 2 replaced, 2 added
        assertThat(measured.firstOpenedAt)
                .as("the first time carter opened the page, on the server's clock")
                .isNotNull();
        assertThat(measured.timeOnTaskMs).isBetween(0L, 120_000L);
        assertThat(measured.draftSeenToEnd).isTrue();
        assertThat(measured.stage).isEqualTo("REVIEW");
        String answered = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> as("alice").get("/portal").asString(), html -> html.contains("within five to seven days"));
        assertThat(answered)
                .contains("Drafted with AI assistance and reviewed by Maya Carter on " + LocalDate.now())
                .contains("How to use this answer");
        // Deciding again is a conflict: back to the inbox with a notice.
        Response again = carter.form(
                "/inbox/tasks/" + taskId + "/decision", Map.of("action", "REJECT", "text", "x", "reviewed", "yes"));
        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(again.getHeader("Location")).endsWith("/inbox?gone=1");
    }

    @Test
    void shouldShowTheSafetyMessageOnAnEmergencyWithoutWaitingForReview() {
        Browser alice = open("alice", "/portal");
        Response sent = alice.form(
                "/portal/messages",
                Map.of("text", GREETING + CareloopTestEnvironment.EMERGENCY_MARKER + " crushing chest pain"));
        String messageId = sent.getHeader("Location").replaceAll(".*sent=([0-9a-f-]+).*", "$1");
        List<String> emergencies = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> as("alice").get("/portal/updates").jsonPath().getList("emergencies", String.class),
                        ids -> ids.contains(messageId));
        assertThat(emergencies).contains(messageId);
        String fragment = as("alice").get("/portal/messages").asString();
        assertThat(fragment).contains("data-testid=\"emergency-banner\"").contains("Get help now");
    }

    @Test
    void approvingADraftWithAHighFindingOnThePageNeedsItsBoxTicked() {
        Browser alice = open("alice", "/portal");
        Response sent = alice.form(
                "/portal/messages",
                Map.of("text", GREETING + "How many ibuprofen a day? " + CareloopTestEnvironment.HIGH_RISK_MARKER));
        String messageId = sent.getHeader("Location").replaceAll(".*sent=([0-9a-f-]+).*", "$1");
        String taskId = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> taskRow(as("lee").get("/inbox?sort=created-desc").asString(), messageId),
                        id -> id != null);
        String page = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> as("lee").get("/inbox/tasks/{id}", taskId).asString(),
                        html -> html.contains("draft-view"));
        assertThat(page)
                .contains("data-testid=\"acknowledgements\"")
                .contains("<input type=\"checkbox\" id=\"ack-F1\" name=\"acknowledged\" value=\"F1\" >")
                .contains("HIGH finding: Dosing advice");

        Browser lee = open("lee", "/inbox/tasks/" + taskId);
        Map<String, String> approve =
                Map.of("action", "APPROVE", "text", FILLED_DRAFT, "draft", FILLED_DRAFT, "reviewed", "yes");
        Response unticked = lee.form("/inbox/tasks/" + taskId + "/decision", approve);
        assertThat(unticked.statusCode()).isEqualTo(400);
        assertThat(unticked.asString()).contains("Tick each finding and red flag");

        Map<String, String> ticked = new java.util.HashMap<>(approve);
        ticked.put("acknowledged", "F1");
        Response decided = lee.form("/inbox/tasks/" + taskId + "/decision", ticked);
        assertThat(decided.statusCode()).isEqualTo(303);
        DecisionMeasurement measured = QuarkusTransaction.requiringNew()
                .call(() -> DecisionMeasurement.<DecisionMeasurement>find("taskId", taskId)
                        .firstResult());
        assertThat(measured.acknowledged).containsExactly("F1");
        assertThat(measured.channel).isEqualTo("PAGE");
        assertThat(measured.draftSeenToEnd)
                .as("no draftSeen field: the page did not show the end")
                .isFalse();
    }

    @Inject
    CanaryPlanter planter;

    @Test
    void aPlantedErrorApprovedOnThePageComesBackWithTheReasonAndTheTrueDraftInTheEditor() {
        Browser alice = open("alice", "/portal");
        Response sent = alice.form("/portal/messages", Map.of("text", GREETING + "Sore throat since Monday."));
        String messageId = sent.getHeader("Location").replaceAll(".*sent=([0-9a-f-]+).*", "$1");
        String taskId = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> taskRow(
                                as("carter").get("/inbox?sort=created-desc").asString(), messageId),
                        id -> id != null);
        Canary canary = planter.plant(java.util.UUID.fromString(messageId), CanaryKind.WRONG_DOSE, null)
                .orElseThrow();
        String page = as("carter").get("/inbox/tasks/{id}", taskId).asString();
        assertThat(page).contains(canary.marker);

        String shown = page.replaceAll("(?s).*<textarea name=\"draft\"[^>]*>([^<]*)</textarea>.*", "$1");
        Browser carter = open("carter", "/inbox/tasks/" + taskId);
        Response refused = carter.form(
                "/inbox/tasks/" + taskId + "/decision",
                Map.of("action", "APPROVE", "text", shown, "draft", shown, "reviewed", "yes", "draftSeen", "yes"));
        assertThat(refused.statusCode()).isEqualTo(422);
        String again = refused.asString();
        assertThat(again).contains("data-testid=\"returned-because\"").contains("Nothing was sent");
        assertThat(again.replaceAll("(?s).*<textarea id=\"reply-editor\"[^>]*>([^<]*)</textarea>.*", "$1"))
                .as("the editor holds the true draft again")
                .isEqualTo(FILLED_DRAFT);
    }

    @Test
    void theOversightPageIsForAdminsAndSafetyOfficersWithItsCsvExport() {
        String page = as("sofia")
                .get("/admin/oversight?from=2026-11-01&to=2026-11-30")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(page)
                .contains("<h1>Review oversight</h1>")
                .contains("href=\"/admin/oversight/figures.csv?from=2026-11-01&amp;to=2026-11-30\"")
                .contains("<a href=\"/admin/oversight\">Review oversight</a>")
                .doesNotContain("<a href=\"/admin\">Administration</a>")
                .contains("Biro et al.");
        Response csv = as("root-admin").get("/admin/oversight/figures.csv?from=2026-11-01&to=2026-11-30");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"careloop-oversight-2026-11-01-to-2026-11-30.csv\"");
        assertThat(csv.asString()).startsWith("scope,name,decisions,");

        String wrong = as("sofia")
                .get("/admin/oversight?from=soon")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        assertThat(wrong).contains("from must be a date").contains("The last 30 days are shown instead");
        as("carter").get("/admin/oversight").then().statusCode(403);
        as("sofia").get("/admin").then().statusCode(403);
    }

    @Test
    void shouldFilterTheInboxBySeverity() {
        as("carter")
                .get("/inbox?severity=EMERGENCY&sort=due")
                .then()
                .statusCode(200)
                .body(containsString("<option value=\"EMERGENCY\" selected>"));
    }

    static String taskRow(String html, String messageId) {
        Matcher m = Pattern.compile("data-task-id=\"([^\"]+)\" data-message-id=\"" + messageId + "\"")
                .matcher(html);
        return m.find() ? m.group(1) : null;
    }
}
