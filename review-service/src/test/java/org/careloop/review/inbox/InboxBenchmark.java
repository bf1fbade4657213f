package org.careloop.review.inbox;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the clinician inbox of a running review-service with a real token and prints the figures; a program, not a
 * test. Run it from the repository with the JDK alone:
 *
 * <pre>
 * java review-service/src/test/java/org/careloop/review/inbox/InboxBenchmark.java \
 *     --url http://localhost:8080 --keycloak http://localhost:8180 --user carter --requests 200
 * </pre>
 *
 * Each path gets warm-up requests, then the timed ones one after another (a clinician's clicks, not a load test);
 * latency is from sending the request to the last byte of the body. The HTML page is requested with the bearer
 * token, which needs a review-service whose web tenant accepts one ({@code -Dquarkus.oidc.web.application-type=hybrid}):
 * the demo realm only lets the login page return to port 8080.
 */
public final class InboxBenchmark {

    private static final List<String> DEFAULT_PATHS = List.of(
            "/api/inbox/tasks",
            "/api/inbox/tasks?page=40",
            "/api/inbox/tasks?sort=due&risk=HIGH",
            "/api/inbox/tasks?severity=URGENT",
            "/inbox",
            "/inbox?sort=created-desc&assigned=nobody",
            "/inbox?overdue=on");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern EXPIRES_IN = Pattern.compile("\"expires_in\"\\s*:\\s*(\\d+)");

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String url;
    private final String keycloak;
    private final String user;
    private final String password;
    private String token;
    private long tokenRenewAt;

    private InboxBenchmark(String url, String keycloak, String user, String password) {
        this.url = url;
        this.keycloak = keycloak;
        this.user = user;
        this.password = password;
    }

    public static void main(String[] args) throws Exception {
        List<String> a = Arrays.asList(args);
        InboxBenchmark bench = new InboxBenchmark(
                option(a, "--url", "http://localhost:8080"),
                option(a, "--keycloak", "http://localhost:8180"),
                option(a, "--user", "carter"),
                option(a, "--password", "careloop-demo"));
        int requests = Integer.parseInt(option(a, "--requests", "200"));
        int warmup = Integer.parseInt(option(a, "--warmup", "50"));
        String paths = option(a, "--paths", String.join(",", DEFAULT_PATHS));
        System.out.printf(
                "inbox of %s at %s: %d timed requests per path after %d warm-up, one at a time%n",
                bench.user, bench.url, requests, warmup);
        System.out.printf(
                "%-44s %8s %8s %8s %8s %8s %7s %9s%n",
                "path", "p50 ms", "p90 ms", "p99 ms", "max ms", "mean ms", "errors", "body KB");
        for (String path : paths.split(",")) {
            bench.time(path.strip(), warmup, requests);
        }
    }

    private void time(String path, int warmup, int requests) throws Exception {
        for (int i = 0; i < warmup; i++) {
            get(path);
        }
        double[] millis = new double[requests];
        int errors = 0;
        long bytes = 0;
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = get(path);
            millis[i] = (System.nanoTime() - start) / 1e6;
            bytes = response.body().length;
            if (response.statusCode() != 200) {
                errors++;
            }
        }
        Arrays.sort(millis);
        double mean = Arrays.stream(millis).average().orElse(0);
        System.out.printf(
                Locale.ROOT,
                "%-44s %8.1f %8.1f %8.1f %8.1f %8.1f %7d %9.1f%n",
                path,
                percentile(millis, 50),
                percentile(millis, 90),
                percentile(millis, 99),
                millis[millis.length - 1],
                mean,
                errors,
                bytes / 1024.0);
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token())
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A fresh token before the current one runs out (the realm's tokens live five minutes). */
    private String token() throws Exception {
        if (token == null || System.currentTimeMillis() >= tokenRenewAt) {
            String form = "grant_type=password&client_id=careloop-cli&username=" + encode(user) + "&password="
                    + encode(password);
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(keycloak + "/realms/careloop/protocol/openid-connect/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher access = ACCESS_TOKEN.matcher(response.body());
            Matcher expires = EXPIRES_IN.matcher(response.body());
            if (response.statusCode() != 200 || !access.find()) {
                throw new IllegalStateException("no token for " + user + ": HTTP " + response.statusCode());
            }
            token = access.group(1);
            long lifetime = expires.find() ? Long.parseLong(expires.group(1)) : 300;
            tokenRenewAt = System.currentTimeMillis() + Math.max(10, lifetime - 30) * 1000;
        }
        return token;
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static String option(List<String> args, String name, String fallback) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
