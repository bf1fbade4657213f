package org.careloop.review.web;

import io.quarkus.qute.TemplateData;
import java.time.ZoneId;
import org.careloop.review.admin.AdminViews.DefinitionView;
import org.careloop.review.admin.AdminViews.IncidentView;
import org.careloop.review.audit.AuditChain;
import org.careloop.review.biasaudit.BiasAuditViews;

/** What the admin page shows, from the admin services' own views. */
public final class AdminPageViews {

    private AdminPageViews() {}

    @TemplateData
    public record DefinitionRow(
            String kind,
            String id,
            String key,
            String name,
            int version,
            String versionTag,
            String deploymentName,
            String deployedAt,
            String resourceName,
            Long runningInstances,
            Long openIncidents) {

        static DefinitionRow of(DefinitionView d, ZoneId zone) {
            return new DefinitionRow(
                    d.kind(),
                    d.id(),
                    d.key(),
                    d.name(),
                    d.version(),
                    d.versionTag(),
                    d.deploymentName(),
                    Texts.when(d.deployedAt(), zone),
                    d.resourceName(),
                    d.runningInstances(),
                    d.openIncidents());
        }

        public boolean bpmn() {
            return "BPMN".equals(kind);
        }
    }

    @TemplateData
    public record IncidentRow(
            String id,
            String type,
            String message,
            String activityId,
            String processInstanceId,
            String messageId,
            String jobId,
            String createdAt) {

        static IncidentRow of(IncidentView i, ZoneId zone) {
            return new IncidentRow(
                    i.id(),
                    i.type(),
                    i.message(),
                    i.activityId(),
                    i.processInstanceId(),
                    i.messageId(),
                    i.jobId(),
                    Texts.when(i.createdAt(), zone));
        }

        public boolean retryable() {
            return jobId != null;
        }
    }

    @TemplateData
    public record AuditResult(boolean valid, long events, Long brokenAt, String reason) {

        static AuditResult of(AuditChain.Verification v) {
            return new AuditResult(v.valid(), v.events(), v.brokenAt(), v.reason());
        }
    }

    @TemplateData
    public record BiasAuditRow(
            String id, String recordedAt, String model, String templateVersion, int drafts, int flags, String flagged) {

        static BiasAuditRow of(BiasAuditViews.Summary s, ZoneId zone) {
            return new BiasAuditRow(
                    s.id().toString(),
                    Texts.when(s.recordedAt(), zone),
                    s.provider() + " / " + s.model()
                            + (s.modelVersion() == null || s.modelVersion().isBlank() ? "" : " " + s.modelVersion()),
                    s.templateVersion(),
                    s.drafts(),
                    s.flags(),
                    String.join(", ", s.flaggedAttributes()));
        }
    }

    @TemplateData
    public record EditorTarget(String id, String key, String name, int version, String fileName) {}
}
