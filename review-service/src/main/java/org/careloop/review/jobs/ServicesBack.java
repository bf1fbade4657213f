package org.careloop.review.jobs;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.jobexecutor.MessageAddedNotification;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.careloop.review.audit.AuditLog;
import org.careloop.review.audit.AuditType;
import org.careloop.review.errors.ServiceUnreachableException;
import org.careloop.review.process.CareloopEngineConfiguration;
import org.jboss.logging.Logger;

/**
 * Jobs that failed because a service could not be reached go on as soon as the service is back, without an admin:
 * every few seconds the readiness of each service such jobs wait for is asked, and when it answers, their jobs are
 * due at once, the ones that ran out of attempts too (their incidents resolved). Only those: a job whose last failure
 * was an error the service answered, a time-out or a bug keeps its incident for an admin.
 *
 * <p>Every node does this; each job is changed by an engine command that reads it again and changes it only while it
 * is still waiting (not locked, not yet due), so two nodes doing it at once change it once and a running job is not
 * touched.
 */
@ApplicationScoped
public class ServicesBack {

    private static final Logger LOG = Logger.getLogger(ServicesBack.class);

    @Inject
    UnreachableServices services;

    @Inject
    CareloopEngineConfiguration engine;

    @Inject
    ManagementService management;

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    private ScheduledExecutorService timer;

    void onStart(@Observes StartupEvent start) {
        long every = services.checkInterval().toMillis();
        if (every <= 0) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "services-back");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::scheduled, every, every, TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent stop) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /** The timer's run; it must not throw, or the executor would never run it again. */
    void scheduled() {
        try {
            resumeWhereBack();
        } catch (RuntimeException e) {
            LOG.debugf("checking for services back failed: %s", e.getMessage());
        }
    }

    /** Makes the jobs waiting for a service that is back due now; returns how many. */
    public synchronized int resumeWhereBack() {
        int resumed = 0;
        for (Map.Entry<String, List<String>> waiting : waitingByService().entrySet()) {
            String service = waiting.getKey();
            if (!services.ready(service)) {
                continue;
            }
            int incidents = 0;
            int jobs = 0;
            for (String jobId : waiting.getValue()) {
                Resumed r = resume(jobId, service);
                if (r != null) {
                    jobs++;
                    if (r.incidentId() != null) {
                        incidents++;
                    }
                }
            }
            if (jobs > 0) {
                LOG.infof(
                        "%s is back: %d waiting jobs due now, %d of them after an incident", service, jobs, incidents);
            }
            resumed += jobs;
        }
        return resumed;
    }

    /** Job ids whose last failure was a service that could not be reached, by that service. */
    private Map<String, List<String>> waitingByService() {
        String jobs = management.getTableName(Job.class);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("SELECT ID_, EXCEPTION_MSG_ FROM " + jobs
                                + " WHERE EXCEPTION_MSG_ LIKE '% unreachable: %'")
                        .getResultList());
        Map<String, List<String>> byService = new LinkedHashMap<>();
        for (Object[] row : rows) {
            ServiceUnreachableException.serviceIn((String) row[1])
                    .ifPresent(s ->
                            byService.computeIfAbsent(s, k -> new ArrayList<>()).add((String) row[0]));
        }
        return byService;
    }

    private Resumed resume(String jobId, String service) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Resumed r = engine.getCommandExecutorTxRequired().execute(dueNowIfWaiting(jobId, service));
                if (r != null && r.incidentId() != null) {
                    audit.append(
                            AuditType.INCIDENT_RETRIED,
                            AuditLog.SYSTEM,
                            null,
                            r.processInstanceId(),
                            null,
                            Map.of(
                                    "incidentId",
                                    r.incidentId(),
                                    "jobId",
                                    jobId,
                                    "activityId",
                                    String.valueOf(r.activityId()),
                                    "reason",
                                    service + " is back"));
                }
                return r;
            });
        } catch (OptimisticLockingException e) {
            return null; // another node resumed it, or the job executor took it, in the meantime
        }
    }

    record Resumed(String processInstanceId, String activityId, String incidentId) {}

    private static Command<Resumed> dueNowIfWaiting(String jobId, String service) {
        return context -> {
            JobEntity job = context.getJobManager().findJobById(jobId);
            Date now = ClockUtil.getCurrentTime();
            if (job == null
                    || job.isSuspended()
                    || !ServiceUnreachableException.serviceIn(job.getExceptionMessage())
                            .equals(Optional.of(service))
                    || (job.getLockExpirationTime() != null
                            && job.getLockExpirationTime().after(now))) {
                return null;
            }
            String incidentId = null;
            if (job.getRetries() == 0) {
                List<Incident> incidents = context.getIncidentManager()
                        .findIncidentByConfigurationAndIncidentType(jobId, Incident.FAILED_JOB_HANDLER_TYPE);
                incidentId = incidents.isEmpty() ? null : incidents.get(0).getId();
                job.setRetries(1); // resolves the incident, as an admin's retry does
            } else if (job.getDuedate() == null || !job.getDuedate().after(now)) {
                return null; // due already: the job executor takes it
            }
            job.setDuedate(now);
            context.getTransactionContext()
                    .addTransactionListener(
                            TransactionState.COMMITTED,
                            new MessageAddedNotification(
                                    context.getProcessEngineConfiguration().getJobExecutor()));
            return new Resumed(job.getProcessInstanceId(), job.getFailedActivityId(), incidentId);
        };
    }
}
