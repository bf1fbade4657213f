package org.careloop.review.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.careloop.review.admin.AdminViews.IncidentView;
import org.careloop.review.admin.AdminViews.RetryResult;
import org.careloop.review.audit.AuditLog;
import org.careloop.review.audit.AuditType;
import org.careloop.review.errors.ApiException;
import org.careloop.review.support.EngineIds;

/** Open incidents (jobs that failed their last retry) and retrying them. */
@ApplicationScoped
public class Incidents {

    @Inject
    RuntimeService runtimeService;

    @Inject
    ManagementService managementService;

    @Inject
    AuditLog audit;

    public List<IncidentView> open() {
        List<Incident> incidents = runtimeService
                .createIncidentQuery()
                .orderByIncidentTimestamp()
                .desc()
                .list();
        Map<String, String> businessKeys = BusinessKeys.of(
                runtimeService,
                incidents.stream().map(Incident::getProcessInstanceId).toList());
        return incidents.stream()
                .map(i -> new IncidentView(
                        i.getId(),
                        i.getIncidentType(),
                        i.getIncidentMessage(),
                        i.getActivityId(),
                        i.getProcessInstanceId(),
                        i.getProcessDefinitionId(),
                        businessKeys.get(i.getProcessInstanceId()),
                        Incident.FAILED_JOB_HANDLER_TYPE.equals(i.getIncidentType()) ? i.getConfiguration() : null,
                        i.getIncidentTimestamp() == null
                                ? null
                                : i.getIncidentTimestamp().toInstant()))
                .toList();
    }

    /** Gives the failed job one more attempt; the job executor picks it up and the incident is resolved. */
    @Transactional
    public RetryResult retry(String incidentId, String admin) {
        Incident incident = EngineIds.plausible(incidentId)
                ? runtimeService.createIncidentQuery().incidentId(incidentId).singleResult()
                : null;
        if (incident == null) {
            throw ApiException.notFound("incident " + incidentId);
        }
        if (!Incident.FAILED_JOB_HANDLER_TYPE.equals(incident.getIncidentType())) {
            throw ApiException.conflict(
                    "only failed-job incidents can be retried; this one is " + incident.getIncidentType());
        }
        String jobId = incident.getConfiguration();
        // At once: after retries spread over minutes the job's due date can be minutes ahead.
        managementService.setJobDuedate(jobId, new Date());
        managementService.setJobRetries(jobId, 1);
        audit.append(
                AuditType.INCIDENT_RETRIED,
                admin,
                null,
                incident.getProcessInstanceId(),
                null,
                Map.of(
                        "incidentId",
                        incidentId,
                        "jobId",
                        jobId,
                        "activityId",
                        String.valueOf(incident.getActivityId())));
        return new RetryResult(incidentId, jobId, 1);
    }
}
