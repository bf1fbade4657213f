package org.careloop.review.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.careloop.review.admin.AdminViews.FailingJobView;
import org.careloop.review.errors.ServiceUnreachableException;

/**
 * Jobs that failed and will be tried again, before any incident: a service that cannot be reached has its jobs
 * retried over minutes, and this is where an admin sees that messages wait for it.
 */
@ApplicationScoped
public class FailingJobs {

    @Inject
    ManagementService managementService;

    @Inject
    RuntimeService runtimeService;

    public List<FailingJobView> list() {
        List<Job> jobs = managementService
                .createJobQuery()
                .withException()
                .withRetriesLeft()
                .orderByJobDuedate()
                .asc()
                .list();
        Set<String> instanceIds = jobs.stream()
                .map(Job::getProcessInstanceId)
                .filter(id -> id != null)
                .collect(Collectors.toSet());
        Map<String, String> businessKeys = new HashMap<>();
        if (!instanceIds.isEmpty()) {
            runtimeService
                    .createProcessInstanceQuery()
                    .processInstanceIds(instanceIds)
                    .list()
                    .forEach(pi -> businessKeys.put(pi.getId(), pi.getBusinessKey()));
        }
        return jobs.stream()
                .map(j -> new FailingJobView(
                        j.getId(),
                        businessKeys.get(j.getProcessInstanceId()),
                        j.getFailedActivityId(),
                        j.getProcessInstanceId(),
                        j.getExceptionMessage(),
                        ServiceUnreachableException.serviceIn(j.getExceptionMessage())
                                .orElse(null),
                        j.getRetries(),
                        j.getDuedate() == null ? null : j.getDuedate().toInstant()))
                .toList();
    }
}
