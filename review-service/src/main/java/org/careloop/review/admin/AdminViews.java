package org.careloop.review.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.careloop.bpmn.gate.Violation;

/** Response bodies of the admin API. */
public final class AdminViews {

    private AdminViews() {}

    /** A deployed process (BPMN) or decision (DMN) definition; runningInstances only for processes. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DefinitionView(
            String kind,
            String id,
            String key,
            String name,
            int version,
            String versionTag,
            String deploymentId,
            String deploymentName,
            Instant deployedAt,
            String resourceName,
            Long runningInstances,
            Long openIncidents) {}

    public record DeployedDefinition(String kind, String id, String key, int version) {}

    /** duplicate: the same XML was deployed before under this name, so no new version was made. */
    public record DeploymentResult(
            String deploymentId,
            String resourceName,
            String kind,
            String sha256,
            boolean duplicate,
            List<DeployedDefinition> definitions) {}

    public record ViolationView(String elementId, String rule, String message, List<String> path) {
        static ViolationView of(Violation v) {
            return new ViolationView(v.elementId(), v.rule().name(), v.message(), v.path());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IncidentView(
            String id,
            String type,
            String message,
            String activityId,
            String processInstanceId,
            String processDefinitionId,
            String messageId,
            String jobId,
            Instant createdAt) {}

    /** A job that failed and will be tried again; waitingFor: the service it could not reach, if that was why. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FailingJobView(
            String jobId,
            String messageId,
            String activityId,
            String processInstanceId,
            String failure,
            String waitingFor,
            int attemptsLeft,
            Instant nextAttempt) {}

    public record RetryResult(String incidentId, String jobId, int retries) {}
}
