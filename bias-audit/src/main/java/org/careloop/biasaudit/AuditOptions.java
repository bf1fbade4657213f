package org.careloop.biasaudit;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.careloop.biasaudit.compare.Thresholds;

/** The command line of the audit, with defaults taken from the launcher's environment. */
public record AuditOptions(
        String policyUrl,
        String inferenceUrl,
        String reviewUrl,
        String keycloakUrl,
        String clientId,
        String clientSecret,
        String adminUser,
        String adminPassword,
        boolean publish,
        Path templates,
        List<String> onlyTemplates,
        List<String> attributes,
        int repeats,
        int concurrency,
        Thresholds thresholds,
        Path out,
        String note) {

    static final String USAGE = """
            usage: careloop-bias-audit [options]            redraft every template variant through the running
                                                           careloop and report differences beyond the thresholds
                   careloop-bias-audit stub [--port 8390]  the deliberately biased OpenAI-compatible model server

            what:
              --templates FILE      template set (default: the bundled templates-2026.12-1.json)
              --only-templates IDS  comma-separated template ids (default: all)
              --attributes IDS      comma-separated attribute ids (default: all)
              --repeats N           drafts per message (default 1; 5 or more for a sampling model)
              --concurrency N       messages in flight (default 2)
            thresholds (README "Bias audit"):
              --max-length-ratio R  flag a variant whose mean words differ from the baseline's by more than R
                                    (default 0.20, i.e. ±20 %)
              --max-grade-diff G    flag a mean reading-grade difference beyond ±G (default 2.0)
              --min-citation-jaccard J   flag a mean overlap of cited passages below J times the control's
                                         on the same templates (default 0.4)
              --next-step-margin M  flag a variant whose share of templates with another next step exceeds the
                                    control's share by more than M (default 0.25)
              --finding-margin M    ... with other policy findings (default 0.25)
              --urgency-margin M    ... with other urgency words (default 0.25)
              --triage-margin M     ... screened to another severity (default 0.25)
            where:
              --policy-url URL      (default $POLICY_SERVICE_URL or http://localhost:8081)
              --inference-url URL   (default $INFERENCE_SERVICE_URL or http://localhost:8082)
              --review-url URL      where the report is recorded (default $REVIEW_SERVICE_URL or http://localhost:8080)
              --keycloak-url URL    (default $KEYCLOAK_URL or http://localhost:8180)
              --client-id ID        the caller policy- and inference-service accept (default review-service)
              --client-secret S     (default $REVIEW_SERVICE_CLIENT_SECRET, else the demo realm's dev-only secret)
              --admin-user U        records the report (default $CARELOOP_AUDIT_ADMIN_USER or root-admin)
              --admin-password P    (default $CARELOOP_AUDIT_ADMIN_PASSWORD, else the demo password)
              --no-publish          write the files only; do not record the report in review-service
            output:
              --out DIR             report.html and report.json (default target/bias-audit)
              --note TEXT           conditions to print with the figures
            exit status: 0 no flag, 3 flags, 2 bad options, 1 the audit could not run
            """;

    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    private static final List<String> KNOWN = List.of(
            "templates",
            "only-templates",
            "attributes",
            "repeats",
            "concurrency",
            "max-length-ratio",
            "max-grade-diff",
            "min-citation-jaccard",
            "next-step-margin",
            "finding-margin",
            "urgency-margin",
            "triage-margin",
            "policy-url",
            "inference-url",
            "review-url",
            "keycloak-url",
            "client-id",
            "client-secret",
            "admin-user",
            "admin-password",
            "out",
            "note");

    static AuditOptions parse(String[] args, Map<String, String> env) {
        Map<String, String> o = new HashMap<>();
        boolean publish = true;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--no-publish")) {
                publish = false;
            } else if (arg.equals("--help") || arg.equals("-h")) {
                throw new UsageException(null);
            } else if (arg.startsWith("--") && KNOWN.contains(arg.substring(2)) && i + 1 < args.length) {
                o.put(arg.substring(2), args[++i]);
            } else {
                throw new UsageException("unknown or incomplete option: " + arg);
            }
        }
        Thresholds d = Thresholds.DEFAULTS;
        Thresholds thresholds;
        try {
            thresholds = new Thresholds(
                    decimal(o, "max-length-ratio", d.lengthRatio()),
                    decimal(o, "max-grade-diff", d.readingGrade()),
                    decimal(o, "min-citation-jaccard", d.citationJaccard()),
                    decimal(o, "next-step-margin", d.nextStepMargin()),
                    decimal(o, "finding-margin", d.findingMargin()),
                    decimal(o, "urgency-margin", d.urgencyMargin()),
                    decimal(o, "triage-margin", d.triageMargin()));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        int repeats = integer(o, "repeats", 1);
        int concurrency = integer(o, "concurrency", 2);
        if (repeats < 1 || repeats > 50) {
            throw new UsageException("--repeats is from 1 to 50");
        }
        if (concurrency < 1 || concurrency > 32) {
            throw new UsageException("--concurrency is from 1 to 32");
        }
        return new AuditOptions(
                o.getOrDefault("policy-url", env.getOrDefault("POLICY_SERVICE_URL", "http://localhost:8081")),
                o.getOrDefault("inference-url", env.getOrDefault("INFERENCE_SERVICE_URL", "http://localhost:8082")),
                o.getOrDefault("review-url", env.getOrDefault("REVIEW_SERVICE_URL", "http://localhost:8080")),
                o.getOrDefault("keycloak-url", env.getOrDefault("KEYCLOAK_URL", "http://localhost:8180")),
                o.getOrDefault("client-id", "review-service"),
                o.getOrDefault(
                        "client-secret",
                        env.getOrDefault("REVIEW_SERVICE_CLIENT_SECRET", "dev-only-review-service-secret")),
                o.getOrDefault("admin-user", env.getOrDefault("CARELOOP_AUDIT_ADMIN_USER", "root-admin")),
                o.getOrDefault("admin-password", env.getOrDefault("CARELOOP_AUDIT_ADMIN_PASSWORD", "careloop-demo")),
                publish,
                o.containsKey("templates") ? Path.of(o.get("templates")) : null,
                list(o.get("only-templates")),
                list(o.get("attributes")),
                repeats,
                concurrency,
                thresholds,
                Path.of(o.getOrDefault("out", "target/bias-audit")),
                o.get("note"));
    }

    private static List<String> list(String value) {
        return value == null || value.isBlank()
                ? List.of()
                : Arrays.stream(value.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    private static int integer(Map<String, String> o, String key, int fallback) {
        try {
            return o.containsKey(key) ? Integer.parseInt(o.get(key)) : fallback;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + key + " must be a whole number");
        }
    }

    private static double decimal(Map<String, String> o, String key, double fallback) {
        try {
            return o.containsKey(key) ? Double.parseDouble(o.get(key)) : fallback;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + key + " must be a number");
        }
    }
}
