package org.careloop.review.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.RepositoryServiceImpl;
import org.camunda.bpm.engine.impl.pvm.PvmActivity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.careloop.review.process.CareloopEngineConfiguration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Gauges of what is waiting: open review tasks per candidate group (how many, the oldest's age, how many overdue),
 * open incidents per step, and jobs due but not taken by any job executor. A few grouped queries every
 * {@code careloop.metrics.gauge-interval}, not at each scrape: a scrape reads the last figures.
 */
@ApplicationScoped
public class FlowGauges {

    private static final Logger LOG = Logger.getLogger(FlowGauges.class);

    /** A job due longer than this and not locked by any node waits for an executor that does not come. */
    static final Duration NOT_ACQUIRED_AFTER = Duration.ofSeconds(30);

    private final MeterRegistry registry;
    private final EntityManager em;
    private final CareloopEngineConfiguration engine;
    private final RepositoryService repository;
    private final Duration interval;

    private final AtomicLong jobsDueNotAcquired = new AtomicLong();
    private final AtomicLong oldestDueJobAge = new AtomicLong();
    private final AtomicLong jobsRetrying = new AtomicLong();
    private MultiGauge openTasks;
    private MultiGauge oldestTaskAge;
    private MultiGauge overdueTasks;
    private MultiGauge openIncidents;
    private ScheduledExecutorService timer;

    public FlowGauges(
            MeterRegistry registry,
            EntityManager em,
            CareloopEngineConfiguration engine,
            RepositoryService repository,
            @ConfigProperty(name = "careloop.metrics.gauge-interval") Duration interval) {
        this.registry = registry;
        this.em = em;
        this.engine = engine;
        this.repository = repository;
        this.interval = interval;
    }

    void onStart(@Observes StartupEvent start) {
        openTasks = MultiGauge.builder("careloop.review.tasks.open")
                .description("Open review tasks offered to the group (a task offered to two groups counts in each)")
                .register(registry);
        oldestTaskAge = MultiGauge.builder("careloop.review.tasks.oldest.age")
                .baseUnit("seconds")
                .description("Age of the group's oldest open review task")
                .register(registry);
        overdueTasks = MultiGauge.builder("careloop.review.tasks.overdue")
                .description("Open review tasks of the group past their due time (the routing table's SLA)")
                .register(registry);
        openIncidents = MultiGauge.builder("careloop.incidents.open")
                .description("Open Camunda incidents (jobs out of attempts) per step")
                .register(registry);
        registry.gauge("careloop.jobs.due.not.acquired", jobsDueNotAcquired);
        registry.gauge("careloop.jobs.oldest.due.age.seconds", oldestDueJobAge);
        registry.gauge("careloop.jobs.retrying", jobsRetrying);
        if (interval.isZero() || interval.isNegative()) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "flow-gauges");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::refreshQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent stop) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            // The database may be away for a while; the gauges keep their last figures until it is back.
            LOG.debugf("flow gauges not refreshed: %s", e.getClass().getSimpleName());
        }
    }

    /** Reads the figures now (tests call this instead of waiting for the timer). */
    public void refresh() {
        QuarkusTransaction.requiringNew().run(() -> {
            refreshTasks();
            refreshIncidents();
            refreshJobs();
        });
    }

    @SuppressWarnings("unchecked")
    private void refreshTasks() {
        List<Object[]> rows = em.createNativeQuery("SELECT l.GROUP_ID_, COUNT(*),"
                        + " EXTRACT(EPOCH FROM (CURRENT_TIMESTAMP - MIN(t.CREATE_TIME_))),"
                        + " SUM(CASE WHEN t.DUE_DATE_ < CURRENT_TIMESTAMP THEN 1 ELSE 0 END)"
                        + " FROM " + prefix() + "ACT_RU_TASK t JOIN " + prefix() + "ACT_RU_IDENTITYLINK l"
                        + " ON l.TASK_ID_ = t.ID_ AND l.TYPE_ = 'candidate' AND l.GROUP_ID_ IS NOT NULL"
                        + " GROUP BY l.GROUP_ID_")
                .getResultList();
        List<MultiGauge.Row<?>> open = new ArrayList<>();
        List<MultiGauge.Row<?>> oldest = new ArrayList<>();
        List<MultiGauge.Row<?>> overdue = new ArrayList<>();
        for (Object[] row : rows) {
            Tags group = Tags.of("group", (String) row[0]);
            open.add(MultiGauge.Row.of(group, ((Number) row[1]).doubleValue()));
            oldest.add(MultiGauge.Row.of(group, ((Number) row[2]).doubleValue()));
            overdue.add(MultiGauge.Row.of(group, ((Number) row[3]).doubleValue()));
        }
        openTasks.register(open, true);
        oldestTaskAge.register(oldest, true);
        overdueTasks.register(overdue, true);
    }

    @SuppressWarnings("unchecked")
    private void refreshIncidents() {
        List<Object[]> rows = em.createNativeQuery("SELECT PROC_DEF_ID_, ACTIVITY_ID_, COUNT(*) FROM " + prefix()
                        + "ACT_RU_INCIDENT GROUP BY PROC_DEF_ID_, ACTIVITY_ID_")
                .getResultList();
        Map<String, Double> byStep = new HashMap<>();
        for (Object[] row : rows) {
            byStep.merge(
                    stepOf((String) row[0], (String) row[1]).label(), ((Number) row[2]).doubleValue(), Double::sum);
        }
        openIncidents.register(
                byStep.entrySet().stream()
                        .map(e -> MultiGauge.Row.of(Tags.of("step", e.getKey()), e.getValue()))
                        .toList(),
                true);
    }

    private void refreshJobs() {
        Object[] due = (Object[]) em.createNativeQuery("SELECT COUNT(*), COALESCE(EXTRACT(EPOCH FROM (CURRENT_TIMESTAMP"
                        + " - MIN(COALESCE(DUEDATE_, CREATE_TIME_)))), 0) FROM " + prefix() + "ACT_RU_JOB"
                        + " WHERE RETRIES_ > 0 AND SUSPENSION_STATE_ = 1"
                        + " AND (LOCK_EXP_TIME_ IS NULL OR LOCK_EXP_TIME_ < CURRENT_TIMESTAMP)"
                        + " AND COALESCE(DUEDATE_, CREATE_TIME_) < CURRENT_TIMESTAMP - make_interval(secs => :after)")
                .setParameter("after", (double) NOT_ACQUIRED_AFTER.toSeconds())
                .getSingleResult();
        jobsDueNotAcquired.set(((Number) due[0]).longValue());
        oldestDueJobAge.set(((Number) due[1]).longValue());
        Number retrying = (Number) em.createNativeQuery("SELECT COUNT(*) FROM " + prefix() + "ACT_RU_JOB"
                        + " WHERE RETRIES_ > 0 AND EXCEPTION_MSG_ IS NOT NULL")
                .getSingleResult();
        jobsRetrying.set(retrying.longValue());
    }

    private FlowStep stepOf(String processDefinitionId, String activityId) {
        try {
            PvmActivity activity = ((RepositoryServiceImpl) repository)
                    .getDeployedProcessDefinition(processDefinitionId)
                    .findActivity(activityId);
            FlowStep step = activity instanceof ActivityImpl a ? FlowStep.of(a) : null;
            return step == null ? FlowStep.OTHER : step;
        } catch (RuntimeException e) {
            return FlowStep.OTHER;
        }
    }

    private String prefix() {
        return engine.getDatabaseTablePrefix() == null ? "" : engine.getDatabaseTablePrefix();
    }
}
