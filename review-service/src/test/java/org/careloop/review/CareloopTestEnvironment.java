package org.careloop.review;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * What review-service talks to, for @QuarkusTest: a fresh test database (the schema is dropped before the
 * application starts, so Flyway and Camunda both begin from nothing) and WireMock standing in for Keycloak's
 * discovery and token endpoints, policy-service and inference-service.
 */
public class CareloopTestEnvironment implements QuarkusTestResourceLifecycleManager {

    /** Every test message starts with this, so the stubbed de-identification finds the name at 12..22. */
    public static final String GREETING = "Hi, this is John Smith. ";
    /** A message containing this gets a 422 from the stubbed inference-service: "no draft available". */
    public static final String NO_DRAFT_MARKER = "NODRAFT";
    /** A message containing this gets a 503 from the stubbed inference-service every time. */
    public static final String NO_MODEL_MARKER = "NOMODEL";
    /** A message containing this is screened as an EMERGENCY with a CHEST_PAIN red flag; its draft comes late. */
    public static final String EMERGENCY_MARKER = "EMERGENCYCHEST";
    /** A message containing this is screened as URGENT with a SUICIDAL_SELF_HARM red flag (senior + second review). */
    public static final String SELF_HARM_MARKER = "SELFHARMFLAG";
    /** A message containing this gets a HIGH risk level from the stubbed draft check (second review). */
    public static final String HIGH_RISK_MARKER = "HIGHRISKDRAFT";
    /** A patient's answer containing this is screened by a fixed stub (see stubPolicyService). */
    public static final String ANSWER_MARKER = "ANSWERTEXT";

    public static final String DRAFT_TEXT =
            "Hello [NAME_1], a sore throat often gets better within a week. Please call us if it gets worse.";
    public static final String SORE_THROAT_PASSAGE =
            "Most sore throats are caused by viruses and get better within a week. Call us if you cannot swallow.";
    public static final String SERVICE_TOKEN = "test-service-token";

    public static WireMockServer wireMock;

    @Override
    public Map<String, String> start() {
        resetDatabase();
        wireMock = new WireMockServer(wireMockConfig().dynamicPort().globalTemplating(true));
        wireMock.start();
        stubKeycloak();
        stubPolicyService();
        stubInferenceService();
        String base = wireMock.baseUrl();
        return Map.of(
                "quarkus.oidc.auth-server-url",
                base + "/realms/careloop",
                "quarkus.oidc-client.auth-server-url",
                base + "/realms/careloop",
                "quarkus.rest-client.policy-service.url",
                base,
                "quarkus.rest-client.inference-service.url",
                base,
                "careloop.audit.anchor.directory",
                anchorDirectory());
    }

    @Override
    public void stop() {
        if (wireMock != null) {
            wireMock.stop();
        }
    }

    private static void resetDatabase() {
        String url = testDatabaseUrl();
        try (Connection c = DriverManager.getConnection(
                        url, env("CARELOOP_DB_USER", "careloop"), env("CARELOOP_DB_PASSWORD", "careloop"));
                Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS public CASCADE");
            s.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reset " + url + " (is PostgreSQL running? scripts/postgres.sh)", e);
        }
    }

    /** A new database has no anchors yet: anchors left by an earlier run would rightly call it cut off. */
    private static String anchorDirectory() {
        try {
            Path target = Path.of("target");
            Files.createDirectories(target);
            return Files.createTempDirectory(target, "audit-anchors-")
                    .toAbsolutePath()
                    .toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a directory for the audit anchors", e);
        }
    }

    /**
     * The database the application under test uses: a run given its own ({@code _TEST_QUARKUS_DATASOURCE_JDBC_URL},
     * the test profile's URL) resets that one, not careloop_review_test that other runs may be using.
     */
    private static String testDatabaseUrl() {
        String own = System.getenv("_TEST_QUARKUS_DATASOURCE_JDBC_URL");
        if (own != null && !own.isBlank()) {
            return own;
        }
        return "jdbc:postgresql://" + env("CARELOOP_DB_HOST", "localhost") + ":" + env("CARELOOP_DB_PORT", "5432")
                + "/careloop_review_test";
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void stubKeycloak() {
        String realm = wireMock.baseUrl() + "/realms/careloop";
        wireMock.stubFor(get(urlEqualTo("/realms/careloop/.well-known/openid-configuration"))
                .willReturn(json(200, """
            {"issuer": "%1$s",
             "authorization_endpoint": "%1$s/protocol/openid-connect/auth",
             "token_endpoint": "%1$s/protocol/openid-connect/token",
             "jwks_uri": "%1$s/protocol/openid-connect/certs",
             "userinfo_endpoint": "%1$s/protocol/openid-connect/userinfo"}
            """.formatted(realm))));
        wireMock.stubFor(get(urlEqualTo("/realms/careloop/protocol/openid-connect/certs"))
                .willReturn(json(200, "{\"keys\": []}")));
        wireMock.stubFor(post(urlEqualTo("/realms/careloop/protocol/openid-connect/token"))
                .willReturn(json(
                        200,
                        "{\"access_token\": \"" + SERVICE_TOKEN
                                + "\", \"token_type\": \"Bearer\", \"expires_in\": 300}")));
    }

    private static void stubPolicyService() {
        wireMock.stubFor(post(urlEqualTo("/screen")).willReturn(json(200, """
        {"policyVersion": "test-1",
         "deidentifiedText": "{{replace (jsonPath request.body '$.text') 'John Smith' '[NAME_1]'}}",
         "entities": [{"type": "NAME", "placeholder": "[NAME_1]", "start": 12, "end": 22}],
         "redFlags": [],
         "highestSeverity": "ROUTINE",
         "promptInjection": {"suspected": false, "spans": []}}
        """)));
        wireMock.stubFor(post(urlEqualTo("/screen"))
                .atPriority(1)
                .withRequestBody(containing(EMERGENCY_MARKER))
                .willReturn(json(200, screened("EMERGENCY", "CHEST_PAIN"))));
        // A message with the patient's answer holds a line break, which the templated stub cannot put into JSON.
        wireMock.stubFor(post(urlEqualTo("/screen"))
                .atPriority(1)
                .withRequestBody(containing(ANSWER_MARKER))
                .willReturn(json(200, """
            {"policyVersion": "test-1",
             "deidentifiedText": "Hi, this is [NAME_1]. (message and answer, de-identified)",
             "entities": [{"type": "NAME", "placeholder": "[NAME_1]", "start": 12, "end": 22}],
             "redFlags": [], "highestSeverity": "ROUTINE",
             "promptInjection": {"suspected": false, "spans": []}}
            """)));
        wireMock.stubFor(post(urlEqualTo("/screen"))
                .atPriority(1)
                .withRequestBody(containing(SELF_HARM_MARKER))
                .willReturn(json(200, screened("URGENT", "SUICIDAL_SELF_HARM"))));
        wireMock.stubFor(post(urlEqualTo("/check-draft"))
                .atPriority(1)
                .withRequestBody(containing(HIGH_RISK_MARKER))
                .willReturn(json(200, """
            {"policyVersion": "test-1", "riskLevel": "HIGH",
             "findings": [{"type": "DOSING_ADVICE", "severity": "HIGH", "start": 16, "end": 30,
                           "explanation": "Gives a dose."}],
             "readingGrade": 6.1}
            """)));
        wireMock.stubFor(post(urlEqualTo("/check-draft")).willReturn(json(200, """
        {"policyVersion": "test-1", "riskLevel": "LOW",
         "findings": [{"type": "READING_LEVEL", "severity": "LOW", "start": 16, "end": 62,
                       "explanation": "A long sentence."}],
         "readingGrade": 6.1}
        """)));
    }

    private static String screened(String severity, String category) {
        return """
        {"policyVersion": "test-1",
         "deidentifiedText": "{{replace (jsonPath request.body '$.text') 'John Smith' '[NAME_1]'}}",
         "entities": [{"type": "NAME", "placeholder": "[NAME_1]", "start": 12, "end": 22}],
         "redFlags": [{"category": "%s", "severity": "%s", "start": 24, "end": 30, "ruleId": "test-01"}],
         "highestSeverity": "%s",
         "promptInjection": {"suspected": false, "spans": []}}
        """.formatted(category, severity, severity);
    }

    private static void stubInferenceService() {
        wireMock.stubFor(post(urlEqualTo("/drafts")).atPriority(10).willReturn(json(200, """
        {"draftId": "draft-{{randomValue length=8 type='ALPHANUMERIC'}}",
         "text": "%s",
         "citations": [{"passageId": "sore-throat", "title": "Sore throat", "start": 16, "end": 62,
                        "passageText": "%s"}],
         "provenance": {"provider": "offline", "model": "offline-extractive", "modelVersion": "1",
                        "promptTemplateVersion": "draft-reply-v1", "knowledgeBaseVersion": "sha256:test",
                        "passageIds": ["sore-throat"], "latencyMs": 5, "inputTokens": 0, "outputTokens": 0,
                        "droppedCitations": ["made-up-passage"]}}
        """.formatted(
                        DRAFT_TEXT, SORE_THROAT_PASSAGE))));
        wireMock.stubFor(post(urlEqualTo("/drafts"))
                .atPriority(1)
                .withRequestBody(containing(EMERGENCY_MARKER))
                .willReturn(json(200, """
        {"draftId": "draft-emergency",
         "text": "%s",
         "citations": [],
         "provenance": {"provider": "offline", "model": "offline-extractive", "modelVersion": "1",
                        "promptTemplateVersion": "draft-reply-v1", "knowledgeBaseVersion": "sha256:test",
                        "passageIds": [], "latencyMs": 5, "inputTokens": 0, "outputTokens": 0}}
        """.formatted(DRAFT_TEXT)).withFixedDelay(3000)));
        wireMock.stubFor(post(urlEqualTo("/drafts"))
                .atPriority(1)
                .withRequestBody(containing(NO_DRAFT_MARKER))
                .willReturn(
                        json(422, "{\"error\": \"IDENTIFIER_SUSPECTED\", \"message\": \"refused\", \"details\": {}}")));
        wireMock.stubFor(post(urlEqualTo("/drafts"))
                .atPriority(1)
                .withRequestBody(containing(NO_MODEL_MARKER))
                .willReturn(
                        json(503, "{\"error\": \"NO_MODEL\", \"message\": \"no model can answer\", \"details\": {}}")));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }
}
