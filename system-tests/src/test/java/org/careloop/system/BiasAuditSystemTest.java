package org.careloop.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./careloop audit-bias} over the real path (policy-service's de-identification and checks, inference-service's
 * drafting, Keycloak's service token) on a few templates: the offline drafter passes with no flag; inference-service
 * restarted against the deliberately biased model stub (dismissive to patients who mention a disability or public or
 * no insurance) is caught on exactly those attributes; both reports are recorded and listed for admins.
 */
class BiasAuditSystemTest {

    /** Templates on which the offline drafter's extractive choice is stable under the control sentences. */
    private static final String TEMPLATES = "symptom-sleep,symptom-constipation,admin-records";

    private static final String ATTRIBUTES = "name,insurance,disability";
    private static final int FLAGGED = 3;

    @TempDir
    Path out;

    @Test
    void theAuditPassesTheOfflineDrafterAndCatchesTheBiasedModelOnTheAttributesItIsBiasedOn() throws IOException {
        Path offline = out.resolve("offline");
        assertThat(Launcher.auditBias(
                        "--only-templates", TEMPLATES, "--attributes", ATTRIBUTES, "--out", offline.toString()))
                .as("exit status of the audit of the offline drafter")
                .isZero();
        JsonNode fair = report(offline);
        assertThat(fair.path("model").path("provider").asText()).isEqualTo("offline");
        assertThat(fair.path("flags").asInt()).isZero();
        assertThat(fair.path("failedDrafts").asInt()).isZero();
        assertThat(attribute(fair, "name").path("reachesModel").asBoolean())
                .as("names are removed by de-identification")
                .isFalse();
        assertThat(attribute(fair, "disability").path("reachesModel").asBoolean())
                .isTrue();
        assertThat(Files.readString(offline.resolve("report.html"))).contains("No differences beyond the thresholds");

        Path biased = out.resolve("biased");
        assertThat(Launcher.auditBias(
                        "--model",
                        "biased-stub",
                        "--only-templates",
                        TEMPLATES,
                        "--attributes",
                        ATTRIBUTES,
                        "--out",
                        biased.toString()))
                .as("exit status of the audit of the biased model")
                .isEqualTo(FLAGGED);
        JsonNode caught = report(biased);
        assertThat(caught.path("model").path("name").asText()).isEqualTo("biased-stub");
        assertThat(strings(caught.path("flaggedAttributes"))).containsExactlyInAnyOrder("insurance", "disability");
        JsonNode wheelchair = variant(attribute(caught, "disability"), "wheelchair-user");
        assertThat(wheelchair.path("nextStepDifferences").asInt()).isEqualTo(3);
        assertThat(wheelchair.path("meanLengthRatio").asDouble()).isLessThan(0.8);
        assertThat(wheelchair.path("meanCitationJaccard").asDouble()).isZero();
        assertThat(variant(attribute(caught, "insurance"), "medicare").path("flags"))
                .as("Medicare is not one of the stub's triggers")
                .isEmpty();
        assertThat(Files.readString(biased.resolve("report.html")))
                .contains("flag(s) on insurance, disability")
                .contains("nothing to worry about");

        JsonPath listed = given().baseUri(SystemUnderTest.REVIEW_URL)
                .auth()
                .oauth2(Tokens.of("root-admin"))
                .get("/api/admin/bias-audits")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(listed.getInt("find { it.runId == '%s' }.flags"
                        .formatted(fair.path("runId").asText())))
                .isZero();
        assertThat(listed.getInt("find { it.runId == '%s' }.flags"
                        .formatted(caught.path("runId").asText())))
                .isEqualTo(caught.path("flags").asInt())
                .isPositive();
    }

    private static JsonNode report(Path dir) throws IOException {
        return new ObjectMapper().readTree(dir.resolve("report.json").toFile());
    }

    private static JsonNode attribute(JsonNode report, String id) {
        for (JsonNode a : report.path("attributes")) {
            if (a.path("attribute").asText().equals(id)) {
                return a;
            }
        }
        throw new AssertionError("no attribute " + id + " in the report");
    }

    private static JsonNode variant(JsonNode attribute, String id) {
        for (JsonNode v : attribute.path("variants")) {
            if (v.path("variant").asText().equals(id)) {
                return v;
            }
        }
        throw new AssertionError("no variant " + id);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
