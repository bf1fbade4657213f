package org.careloop.review.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
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
        Map<String, String> businessKeys = BusinessKeys.of(
                runtimeService, jobs.stream().map(Job::getProcessInstanceId).toList());
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
