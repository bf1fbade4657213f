package org.careloop.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The command line of the bench, with defaults taken from the launcher's environment. */
public record BenchOptions(
        String reviewUrl,
        String keycloakUrl,
        String dbUrl,
        String dbUser,
        String dbPassword,
        boolean history,
        double rate,
        String arrivals,
        Duration duration,
        int messages,
        int concurrency,
        int[] mix,
        List<String> patients,
        List<String> clinicians,
        String password,
        String clientId,
        Duration pollInterval,
        Duration inboxPause,
        Duration drain,
        long seed,
        String model,
        Path report,
        String note) {

    static final String USAGE = """
            usage: careloop-bench [options]            drive a running careloop and report
                   careloop-bench stub [--port 8099]   a zero-latency OpenAI-compatible model server
                   careloop-bench startup [options]    each packaged service's start, alone (startup --help)

            load (an open model unless --concurrency is given):
              --rate N              messages per second, sent whether or not careloop keeps up (default 5)
              --arrivals KIND       poisson (default) or constant gaps between messages
              --duration S          seconds of arrivals (default 60; closed loop: at most 600)
              --messages N          stop after N messages (open model: optional cap; closed loop: default 300)
              --concurrency N       closed loop instead: N patients each send their next message when the last
                                    one was accepted (202), until --messages are sent
              --mix R,E,I           weights of routine, emergency and identifier-rich messages (default 70,10,20)
              --clinicians N        clinicians deciding this run's tasks, of carter,lee,park,oncall (default 4;
                                    0: nobody decides)
              --poll-interval MS    how often a patient polls an accepted message until in review (default 2000,
                                    as often as the portal page polls; 0: patients do not poll)
              --drain S             after the arrivals, wait at most S seconds for review tasks and decisions
                                    (default 180)
              --seed N              seed of the mix and the Poisson arrivals (default 42)
            where:
              --review-url URL      review-service (default $REVIEW_SERVICE_URL or http://localhost:8080)
              --keycloak-url URL    Keycloak with the careloop realm (default $KEYCLOAK_URL or http://localhost:8180)
              --db-url JDBC         the review database, read-only for the engine's history (default
                                    jdbc:postgresql://$CARELOOP_DB_HOST:$CARELOOP_DB_PORT/careloop_review)
              --db-user U, --db-password P   (default $CARELOOP_DB_USER / $CARELOOP_DB_PASSWORD or careloop)
              --no-history          do not read the engine's history (no to-task and per-step times)
            report:
              --model NAME          the drafting model being measured, for the report: offline or stub (the
                                    drafts' provenance is reported beside it)
              --report FILE         HTML report (default target/bench/report.html); the JSON summary and the
                                    charts' SVG files are written beside it
              --note TEXT           conditions to print with the figures (e.g. "other builds running")
            """;

    static BenchOptions parse(String[] args, Map<String, String> env) {
        Map<String, String> o = new java.util.HashMap<>();
        boolean history = true;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--no-history")) {
                history = false;
            } else if (arg.equals("--help") || arg.equals("-h")) {
                throw new UsageException(null);
            } else if (arg.startsWith("--") && i + 1 < args.length) {
                o.put(arg.substring(2), args[++i]);
            } else {
                throw new UsageException("unknown or incomplete option: " + arg);
            }
        }
        List<String> known = List.of(
                "review-url",
                "keycloak-url",
                "db-url",
                "db-user",
                "db-password",
                "rate",
                "arrivals",
                "duration",
                "messages",
                "concurrency",
                "mix",
                "patients",
                "clinician-users",
                "clinicians",
                "password",
                "client-id",
                "poll-interval",
                "inbox-pause",
                "drain",
                "seed",
                "model",
                "report",
                "note");
        for (String key : o.keySet()) {
            if (!known.contains(key)) {
                throw new UsageException("unknown option: --" + key);
            }
        }
        String dbHost = env.getOrDefault("CARELOOP_DB_HOST", "localhost");
        String dbPort = env.getOrDefault("CARELOOP_DB_PORT", "5432");
        int concurrency = integer(o, "concurrency", 0);
        int messages = integer(o, "messages", concurrency > 0 ? 300 : 0);
        String arrivals = o.getOrDefault("arrivals", "poisson");
        if (!List.of("poisson", "constant").contains(arrivals)) {
            throw new UsageException("--arrivals is poisson or constant");
        }
        List<String> allClinicians = list(o.getOrDefault("clinician-users", "carter,lee,park,oncall"));
        int clinicians = integer(o, "clinicians", allClinicians.size());
        if (clinicians < 0 || clinicians > allClinicians.size()) {
            throw new UsageException("--clinicians is 0 to " + allClinicians.size());
        }
        int[] mix = Arrays.stream(o.getOrDefault("mix", "70,10,20").split(","))
                .map(String::strip)
                .mapToInt(Integer::parseInt)
                .toArray();
        double rate = Double.parseDouble(o.getOrDefault("rate", "5"));
        if (concurrency == 0 && !(rate > 0)) {
            throw new UsageException("--rate must be above 0");
        }
        return new BenchOptions(
                o.getOrDefault("review-url", env.getOrDefault("REVIEW_SERVICE_URL", "http://localhost:8080")),
                o.getOrDefault("keycloak-url", env.getOrDefault("KEYCLOAK_URL", "http://localhost:8180")),
                o.getOrDefault("db-url", "jdbc:postgresql://" + dbHost + ":" + dbPort + "/careloop_review"),
                o.getOrDefault("db-user", env.getOrDefault("CARELOOP_DB_USER", "careloop")),
                o.getOrDefault("db-password", env.getOrDefault("CARELOOP_DB_PASSWORD", "careloop")),
                history,
                rate,
                arrivals,
                Duration.ofSeconds(integer(o, "duration", concurrency > 0 ? 600 : 60)),
                messages,
                concurrency,
                mix,
                list(o.getOrDefault("patients", "alice,bob")),
                allClinicians.subList(0, clinicians),
                o.getOrDefault("password", "careloop-demo"),
                o.getOrDefault("client-id", "careloop-cli"),
                Duration.ofMillis(integer(o, "poll-interval", 2000)),
                Duration.ofMillis(integer(o, "inbox-pause", 1000)),
                Duration.ofSeconds(integer(o, "drain", 180)),
                Long.parseLong(o.getOrDefault("seed", "42")),
                o.getOrDefault("model", "offline"),
                Path.of(o.getOrDefault("report", "target/bench/report.html")),
                o.getOrDefault("note", ""));
    }

    boolean closedLoop() {
        return concurrency > 0;
    }

    private static int integer(Map<String, String> o, String key, int fallback) {
        String value = o.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + key + " needs a whole number, got " + value);
        }
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** A command line that cannot be run; the message says why (none: the usage was asked for). */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
