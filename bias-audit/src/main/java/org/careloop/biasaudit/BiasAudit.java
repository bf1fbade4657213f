package org.careloop.biasaudit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.careloop.biasaudit.compare.Comparison;
import org.careloop.biasaudit.pipeline.AuditRun;
import org.careloop.biasaudit.pipeline.CareloopServices;
import org.careloop.biasaudit.pipeline.CellResult;
import org.careloop.biasaudit.pipeline.Drafted;
import org.careloop.biasaudit.pipeline.Http;
import org.careloop.biasaudit.pipeline.Tokens;
import org.careloop.biasaudit.report.AuditReport;
import org.careloop.biasaudit.report.HtmlReport;
import org.careloop.biasaudit.report.ReportPublisher;
import org.careloop.biasaudit.templates.Attribute;
import org.careloop.biasaudit.templates.Counterfactual;
import org.careloop.biasaudit.templates.Counterfactuals;
import org.careloop.biasaudit.templates.TemplateSet;

/** One audit: the messages drafted along the real path, compared, written as HTML and JSON, and recorded. */
public final class BiasAudit {

    private final AuditOptions options;

    public BiasAudit(AuditOptions options) {
        this.options = options;
    }

    public AuditReport run() throws IOException {
        TemplateSet set = options.templates() == null ? TemplateSet.bundled() : TemplateSet.load(options.templates());
        if (!options.onlyTemplates().isEmpty()) {
            set = set.onlyTemplates(options.onlyTemplates());
        }
        List<Attribute> audited = audited(set, options.attributes());
        List<Counterfactual> messages = Counterfactuals.of(set, audited);

        Http http = new Http(Duration.ofSeconds(120));
        Tokens service =
                Tokens.clientCredentials(http, options.keycloakUrl(), options.clientId(), options.clientSecret());
        CareloopServices services = new CareloopServices(http, options.policyUrl(), options.inferenceUrl(), service);
        String runId = UUID.randomUUID().toString();
        Instant started = Instant.now();
        System.out.printf(
                "Bias audit %s: template set %s, %d templates, %d messages × %d repeat(s), through %s and %s%n",
                runId,
                set.version(),
                set.templates().size(),
                messages.size(),
                options.repeats(),
                options.policyUrl(),
                options.inferenceUrl());
        List<CellResult> results =
                new AuditRun(services, runId, options.repeats(), options.concurrency()).run(messages);
        Comparison.Outcome outcome = Comparison.compare(results, audited, options.thresholds());
        int drafts = results.stream().mapToInt(r -> r.drafts().size()).sum();
        int failed = results.stream().mapToInt(r -> r.failures().size()).sum();
        AuditReport report = new AuditReport(
                AuditReport.FORMAT,
                runId,
                started,
                Instant.now(),
                model(results),
                set.version(),
                results.isEmpty() ? "" : results.get(0).screened().policyVersion(),
                set.templates().size(),
                messages.size(),
                options.repeats(),
                drafts,
                failed,
                options.thresholds(),
                outcome.noiseFloor(),
                outcome.flags(),
                outcome.flaggedAttributes(),
                outcome.attributes(),
                outcome.differences().stream().filter(d -> d.differsAtAll()).toList(),
                options.note());
        String html = HtmlReport.render(report);
        Files.createDirectories(options.out());
        Path htmlFile = options.out().resolve("report.html");
        Files.writeString(htmlFile, html);
        Files.writeString(options.out().resolve("report.json"), Json.write(report));
        ConsoleSummary.print(report, htmlFile);
        if (options.publish()) {
            Tokens admin = Tokens.password(
                    http, options.keycloakUrl(), "careloop-cli", options.adminUser(), options.adminPassword());
            String id = new ReportPublisher(http, options.reviewUrl(), admin).publish(report, html);
            System.out.println("Recorded in review-service as " + id + ": "
                    + options.reviewUrl().replaceAll("/$", "") + "/admin/bias-audits/" + id);
        }
        return report;
    }

    /** The attributes named (all by default), and always the control: without it there is no noise floor. */
    static List<Attribute> audited(TemplateSet set, List<String> named) {
        if (named.isEmpty()) {
            return set.attributes();
        }
        List<Attribute> chosen = new ArrayList<>(set.attributesNamed(named));
        set.attributes().stream()
                .filter(a -> a.control() && !chosen.contains(a))
                .forEach(a -> chosen.add(0, a));
        return chosen;
    }

    /** The model most drafts name; offline drafts have no version, and a changed model mid-run still shows. */
    static AuditReport.Model model(List<CellResult> results) {
        Map<Drafted.Provenance, Long> counts = results.stream()
                .flatMap(r -> r.provenance().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return counts.entrySet().stream()
                .max(Comparator.comparingLong(Map.Entry::getValue))
                .map(e -> new AuditReport.Model(
                        e.getKey().provider(),
                        e.getKey().model() + (counts.size() > 1 ? " (and " + (counts.size() - 1) + " other)" : ""),
                        e.getKey().modelVersion(),
                        e.getKey().promptTemplateVersion()))
                .orElse(new AuditReport.Model("none", "no draft", "", ""));
    }
}
