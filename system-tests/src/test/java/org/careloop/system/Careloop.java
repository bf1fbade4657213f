package org.careloop.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a patient's app and a clinician's inbox do over review-service's HTTP API, as a given user. */
final class Careloop {

    private static final Pattern NEXT_PAGE = Pattern.compile("<https?://[^/>]+([^>]*)>;\\s*rel=\"next\"");

    static final Duration PROCESS_WAIT = Duration.ofSeconds(120);

    private Careloop() {}

    static RequestSpecification as(String username) {
        return as(username, SystemUnderTest.REVIEW_URL);
    }

    /** As {@code username}, to the review-service node at {@code reviewUrl} (any node of the cluster answers alike). */
    static RequestSpecification as(String username, String reviewUrl) {
        return given().baseUri(reviewUrl).auth().oauth2(Tokens.of(username)).contentType(ContentType.JSON);
    }

    static String sendMessage(String patient, String text) {
        return sendMessage(SystemUnderTest.REVIEW_URL, patient, text);
    }

    static String sendMessage(String reviewUrl, String patient, String text) {
        return as(patient, reviewUrl)
                .body(Map.of("text", text))
                .post("/api/patient/messages")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
    }

    static JsonPath message(String patient, String messageId) {
        return message(SystemUnderTest.REVIEW_URL, patient, messageId);
    }

    static JsonPath message(String reviewUrl, String patient, String messageId) {
        return as(patient, reviewUrl)
                .get("/api/patient/messages/{id}", messageId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /**
     * Waits until the message's review task is in the clinician's inbox with its draft and the draft's check (or the
     * news that there is no draft), ready for a decision, and returns the task id. The review itself opens earlier,
     * as soon as the message is screened ({@link #awaitOpenedReviewTask}).
     */
    static String awaitReviewTask(String clinician, String messageId) {
        return await("review task with its draft for message " + messageId)
                .atMost(PROCESS_WAIT)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> taskIdFor(clinician, messageId, true), id -> id != null);
    }

    /** Waits until the message's review task is in the clinician's inbox, draft or not, and returns the task id. */
    static String awaitOpenedReviewTask(String clinician, String messageId) {
        return await("review task for message " + messageId)
                .atMost(PROCESS_WAIT)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> taskIdFor(clinician, messageId), id -> id != null);
    }

    /** The review tasks open to {@code clinician}, as the inbox lists them: every page, following its Link header. */
    static List<Map<String, Object>> openTasks(String clinician) {
        List<Map<String, Object>> tasks = new ArrayList<>();
        String next = "/api/inbox/tasks?size=200";
        while (next != null) {
            Response page =
                    as(clinician).get(next).then().statusCode(200).extract().response();
            tasks.addAll(page.jsonPath().getList("$"));
            Matcher link = NEXT_PAGE.matcher(String.valueOf(page.header("Link")));
            next = link.find() ? link.group(1) : null;
        }
        return tasks;
    }

    static String taskIdFor(String clinician, String messageId) {
        return taskIdFor(clinician, messageId, false);
    }

    private static String taskIdFor(String clinician, String messageId, boolean withDraft) {
        return openTasks(clinician).stream()
                .filter(task -> messageId.equals(task.get("messageId")))
                .filter(task -> !withDraft || Boolean.FALSE.equals(task.get("draftPending")))
                .map(task -> (String) task.get("id"))
                .findFirst()
                .orElse(null);
    }

    static JsonPath awaitAnswered(String patient, String messageId) {
        return awaitAnswered(SystemUnderTest.REVIEW_URL, patient, messageId);
    }

    static JsonPath awaitAnswered(String reviewUrl, String patient, String messageId) {
        return await("reply to message " + messageId)
                .atMost(PROCESS_WAIT)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> message(reviewUrl, patient, messageId), m -> "ANSWERED".equals(m.getString("status")));
    }

    /**
     * The clinician opens the task and decides; an approval acknowledges each HIGH finding and emergency red flag
     * the task lists, as a clinician does once they have checked each one, and says which draft it saw.
     */
    static void decide(String clinician, String taskId, Map<String, String> decision) {
        decide(SystemUnderTest.REVIEW_URL, clinician, taskId, decision);
    }

    /** The review task as the clinician's inbox shows it. */
    static JsonPath task(String clinician, String taskId) {
        return task(SystemUnderTest.REVIEW_URL, clinician, taskId);
    }

    static JsonPath task(String reviewUrl, String clinician, String taskId) {
        return as(clinician, reviewUrl)
                .get("/api/inbox/tasks/{id}", taskId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    static void decide(String reviewUrl, String clinician, String taskId, Map<String, String> decision) {
        JsonPath task = task(reviewUrl, clinician, taskId);
        List<String> required = task.getList("acknowledgementsRequired", String.class);
        Map<String, Object> body = new java.util.HashMap<>(decision);
        if (List.of("APPROVE", "EDIT_AND_APPROVE").contains(decision.get("action"))) {
            if (required != null) {
                body.put("acknowledged", required);
            }
            // What the clinician was shown: an approval of a draft that changed since is refused.
            if (task.getString("draft.shownSha256") != null) {
                body.put("shownSha256", task.getString("draft.shownSha256"));
            }
        }
        as(clinician, reviewUrl)
                .body(body)
                .post("/api/inbox/tasks/{id}/decision", taskId)
                .then()
                .statusCode(200);
    }
}
