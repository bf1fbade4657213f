package org.careloop.review.biasaudit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.careloop.review.audit.AuditLog;
import org.careloop.review.audit.AuditType;
import org.careloop.review.biasaudit.BiasAuditViews.RecordRequest;
import org.careloop.review.biasaudit.BiasAuditViews.Summary;
import org.careloop.review.errors.ApiException;

/** Records bias audits (each run once) and lists them, newest first. */
@ApplicationScoped
public class BiasAudits {

    static final int LISTED = 100;

    @Inject
    AuditLog audit;

    @Inject
    ObjectMapper mapper;

    @Transactional
    public Summary record(RecordRequest request, String admin) {
        String report = serialised(request.report());
        if (report.length() > BiasAuditViews.MAX_REPORT) {
            throw new ApiException(
                    413,
                    "PAYLOAD_TOO_LARGE",
                    "report is " + report.length() + " characters; the limit is " + BiasAuditViews.MAX_REPORT,
                    Map.of("field", "report", "length", report.length(), "limit", BiasAuditViews.MAX_REPORT));
        }
        if (!request.html().stripLeading().regionMatches(true, 0, "<!DOCTYPE html", 0, 14)) {
            throw new ApiException(
                    400,
                    ApiException.VALIDATION_FAILED,
                    "html must be the audit's HTML page, starting with <!DOCTYPE html>",
                    Map.of(
                            "violations",
                            List.of(Map.of("field", "html", "message", "must start with <!DOCTYPE html>"))));
        }
        if (request.finishedAt().isBefore(request.startedAt())) {
            throw ApiException.badRequest("finishedAt is before startedAt");
        }
        if (BiasAuditReport.count("runId", request.runId()) > 0) {
            throw ApiException.conflict("the audit run " + request.runId() + " is recorded already");
        }
        BiasAuditReport r = new BiasAuditReport();
        r.id = UUID.randomUUID();
        r.runId = request.runId();
        r.recordedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        r.recordedBy = admin;
        r.startedAt = request.startedAt();
        r.finishedAt = request.finishedAt();
        r.provider = request.provider();
        r.model = request.model();
        r.modelVersion = request.modelVersion();
        r.templateVersion = request.templateVersion();
        r.policyVersion = request.policyVersion();
        r.repeats = request.repeats();
        r.drafts = request.drafts();
        r.flags = request.flags();
        r.flaggedAttributes = String.join(",", request.flaggedAttributes());
        r.report = report;
        r.html = request.html();
        r.persist();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reportId", r.id.toString());
        details.put("runId", r.runId);
        details.put("model", r.provider + "/" + r.model);
        details.put("templateVersion", r.templateVersion);
        details.put("flags", r.flags);
        details.put("flaggedAttributes", request.flaggedAttributes());
        audit.append(AuditType.BIAS_AUDIT_RECORDED, admin, null, null, null, details);
        return Summary.of(r);
    }

    @Transactional
    public List<Summary> latest() {
        return BiasAuditReport.<BiasAuditReport>find("order by recordedAt desc").page(0, LISTED).list().stream()
                .map(Summary::of)
                .toList();
    }

    @Transactional
    public Optional<BiasAuditViews.Detail> detail(UUID id) {
        return BiasAuditReport.<BiasAuditReport>findByIdOptional(id)
                .map(r -> new BiasAuditViews.Detail(Summary.of(r), parsed(r.report)));
    }

    @Transactional
    public Optional<String> page(UUID id) {
        return BiasAuditReport.<BiasAuditReport>findByIdOptional(id).map(r -> r.html);
    }

    private String serialised(JsonNode report) {
        try {
            return mapper.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("report is not JSON");
        }
    }

    private JsonNode parsed(String report) {
        try {
            return mapper.readTree(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored bias audit report is not JSON", e);
        }
    }
}
