package org.careloop.bench.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.careloop.bench.report.Measurements;

/**
 * review-service's patient and inbox APIs as a patient's app and a clinician's inbox call them, asynchronously, each
 * call timed and counted under its operation's name.
 */
public final class ReviewServiceApi {

    public static final String SEND = "send message";
    public static final String POLL = "patient poll";
    public static final String INBOX = "inbox page";
    public static final String TASK = "task detail";
    public static final String CLAIM = "claim";
    public static final String DECIDE = "decide";

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final String baseUrl;
    private final Tokens tokens;
    private final Measurements measurements;

    public ReviewServiceApi(HttpClient http, String baseUrl, Tokens tokens, Measurements measurements) {
        this.http = http;
        this.baseUrl = baseUrl.replaceAll("/$", "");
        this.tokens = tokens;
        this.measurements = measurements;
    }

    public CompletableFuture<Call> sendMessage(String patient, String text) {
        return call(SEND, post(patient, "/api/patient/messages", Map.of("text", text)));
    }

    public CompletableFuture<Call> message(String patient, String messageId) {
        return call(POLL, get(patient, "/api/patient/messages/" + messageId));
    }

    public CompletableFuture<Call> inbox(String clinician) {
        return call(INBOX, get(clinician, "/api/inbox/tasks"));
    }

    /** One page of the inbox in its own order (priority, then due time), {@code size} tasks a page. */
    public CompletableFuture<Call> inbox(String clinician, int page, int size) {
        return call(INBOX, get(clinician, "/api/inbox/tasks?page=" + page + "&size=" + size));
    }

    public CompletableFuture<Call> task(String clinician, String taskId) {
        return call(TASK, get(clinician, "/api/inbox/tasks/" + taskId));
    }

    public CompletableFuture<Call> claim(String clinician, String taskId) {
        return call(CLAIM, post(clinician, "/api/inbox/tasks/" + taskId + "/claim", null));
    }

    public CompletableFuture<Call> decide(String clinician, String taskId, Map<String, Object> decision) {
        return call(DECIDE, post(clinician, "/api/inbox/tasks/" + taskId + "/decision", decision));
    }

    private HttpRequest.Builder request(String user, String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + tokens.of(user))
                .header("Accept", "application/json");
    }

    private HttpRequest get(String user, String path) {
        return request(user, path).GET().build();
    }

    private HttpRequest post(String user, String path, Object body) {
        return request(user, path)
                .header("Content-Type", "application/json")
                .POST(
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(Json.write(body)))
                .build();
    }

    private CompletableFuture<Call> call(String operation, HttpRequest request) {
        long start = System.nanoTime();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
            long nanos = System.nanoTime() - start;
            Call call = failure == null
                    ? new Call(response.statusCode(), Json.parseOrNull(response.body()), nanos, null)
                    : new Call(0, null, nanos, rootCause(failure));
            measurements.record(operation, call);
            return call;
        });
    }

    private static String rootCause(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName();
    }
}
