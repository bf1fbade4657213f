package org.careloop.biasaudit.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.careloop.biasaudit.Json;
import org.careloop.biasaudit.pipeline.Http;

/**
 * Records a report in review-service ({@code POST /api/admin/bias-audits}, admins only), where the admin page lists
 * it: the summary figures as fields, the whole report and the HTML page as they were written.
 */
public final class ReportPublisher {

    private final Http http;
    private final URI endpoint;
    private final Supplier<String> adminToken;

    public ReportPublisher(Http http, String reviewUrl, Supplier<String> adminToken) {
        this.http = http;
        this.endpoint = URI.create(reviewUrl.replaceAll("/$", "") + "/api/admin/bias-audits");
        this.adminToken = adminToken;
    }

    /** The recorded report's id. */
    public String publish(AuditReport report, String html) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("runId", report.runId());
        body.put("startedAt", report.startedAt().toString());
        body.put("finishedAt", report.finishedAt().toString());
        body.put("provider", report.model().provider());
        body.put("model", report.model().name());
        body.put("modelVersion", report.model().version());
        body.put("templateVersion", report.templateVersion());
        body.put("policyVersion", report.policyVersion());
        body.put("repeats", report.repeats());
        body.put("drafts", report.drafts());
        body.put("flags", report.flags());
        body.put("flaggedAttributes", report.flaggedAttributes());
        body.put("report", Json.MAPPER.valueToTree(report));
        body.put("html", html);
        JsonNode answer = http.postJson(endpoint, body, adminToken);
        return answer.path("id").asText();
    }
}
