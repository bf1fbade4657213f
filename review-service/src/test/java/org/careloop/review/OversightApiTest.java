package org.careloop.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careloop.review.CareloopTestEnvironment.GREETING;
import static org.careloop.review.PatientReplyFlowTest.awaitReviewTask;
import static org.careloop.review.PatientReplyFlowTest.send;
import static org.careloop.review.Users.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.careloop.review.oversight.canary.CanaryKind;
import org.careloop.review.oversight.canary.CanaryPlanter;
import org.junit.jupiter.api.Test;

/** {@code GET /api/admin/oversight}: the figures after real decisions, who may read them, and bad periods. */
@QuarkusTest
@QuarkusTestResource(CareloopTestEnvironment.class)
class OversightApiTest {

    @Inject
    CanaryPlanter planter;

    @Test
    void theFiguresCountEachReviewersDecisionsAndPlantedErrorsForAdminsAndSafetyOfficersOnly() {
        String first = send("alice", GREETING + "Sore throat and a blocked nose.");
        String firstTask = awaitReviewTask("park", first);
        planter.plant(UUID.fromString(first), CanaryKind.CONFIDENT_DIAGNOSIS, null)
                .orElseThrow();
        as("park").get("/api/inbox/tasks/{id}", firstTask).then().statusCode(200);
        as("park")
                .body(Decisions.asShown("park", firstTask, Map.of("action", "APPROVE")))
                .post("/api/inbox/tasks/{id}/decision", firstTask)
                .then()
                .statusCode(422);
        as("park")
                .body(Decisions.asShown("park", firstTask, Map.of("action", "APPROVE")))
                .post("/api/inbox/tasks/{id}/decision", firstTask)
                .then()
                .statusCode(200);

        String today = LocalDate.now().toString();
        JsonPath figures = as("sofia")
                .queryParam("from", today)
                .queryParam("to", today)
                .get("/api/admin/oversight")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Object> park = figures.getMap("reviewers.find { it.name == 'park' }");
        assertThat(park).isNotNull();
        assertThat((Integer) park.get("decisions")).isGreaterThanOrEqualTo(1);
        assertThat(figures.getInt("reviewers.find { it.name == 'park' }.canaries.met"))
                .isGreaterThanOrEqualTo(1);
        assertThat(figures.getFloat("reviewers.find { it.name == 'park' }.canaries.interval95.high"))
                .isGreaterThan(0f);
        assertThat(figures.getList("reviewers.find { it.name == 'park' }.flags", String.class))
                .anyMatch(flag -> flag.startsWith("caught 0 of"));
        assertThat(figures.getList("teams.name", String.class)).contains("clinician");
        assertThat(figures.getDouble("thresholds.minCatchRate")).isEqualTo(0.8);

        String csv = as("root-admin")
                .get("/api/admin/oversight/figures.csv")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(csv).startsWith("scope,name,decisions,").contains("\r\nreviewer,park,");

        as("carter").get("/api/admin/oversight").then().statusCode(403);
        as("alice").get("/api/admin/oversight").then().statusCode(403);
    }

    @Test
    void aPeriodThatIsNotOneIsRefusedWithWhatWasWrong() {
        as("sofia")
                .queryParam("from", "yesterday")
                .get("/api/admin/oversight")
                .then()
                .statusCode(400)
                .body("error", equalTo("VALIDATION_FAILED"))
                .body("message", containsString("from must be a date"))
                .body("message", not(containsString("yesterday")));
        as("sofia")
                .queryParam("from", "2026-11-30")
                .queryParam("to", "2026-11-01")
                .get("/api/admin/oversight")
                .then()
                .statusCode(400)
                .body("message", containsString("is after to"));
        as("sofia")
                .queryParam("from", "2020-01-01")
                .queryParam("to", "2026-11-01")
                .get("/api/admin/oversight")
                .then()
                .statusCode(400)
                .body("message", containsString("longer than 366 days"));
    }
}
