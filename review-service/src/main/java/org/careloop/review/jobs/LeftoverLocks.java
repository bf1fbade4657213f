package org.careloop.review.jobs;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Gives back, while this node runs, the job locks in its name on jobs its job executor no longer holds. A job whose
 * transaction fails and whose failure cannot be written either (the database went away) keeps its lock until the
 * lock time runs out (150 s): after a PostgreSQL restart the messages in flight waited that long. Such a lock is
 * recognisable without waiting: it is this node's, and no thread of this node runs the job ({@link JobsInFlight}).
 *
 * <p>Only this node's locks are looked at: another node's jobs may be running there. A lock is given back on the
 * second look that finds it so, if it is still the same lock: the acquisition hands a batch to the threads a moment
 * after locking it, and that moment must not count. Each job is unlocked by an engine command that reads it again.
 */
@ApplicationScoped
public class LeftoverLocks {

    private static final Logger LOG = Logger.getLogger(LeftoverLocks.class);
    /** A look now and then even when no job failed: a lock left by something this node did not see fail. */
    private static final Duration LOOK_ANYWAY_AFTER = Duration.ofSeconds(30);

    @Inject
    NodeId node;

    @Inject
    StaleLocks locks;

    @Inject
    JobsInFlight inFlight;

    @ConfigProperty(name = "careloop.jobs.leftover-locks.interval", defaultValue = "PT2S")
    Duration interval;

    /** Locks found not running at the last look: job id → when the lock runs out. */
    private Map<String, Long> seenLastTime = Map.of();

    private long lastLook;
    private boolean lastLookFailed;
    private ScheduledExecutorService timer;

    /** Starts the looks; {@link JobExecutorStart} calls it once the job executor runs. Off with a zero interval. */
    void start() {
        if (interval.isZero() || interval.isNegative()) {
            LOG.warn("careloop.jobs.leftover-locks.interval is off: locks of jobs whose failure could not be written"
                    + " wait for the lock time");
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "leftover-job-locks");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::scheduled, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent stop) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /** The timer's run; it must not throw, or the executor would never run it again. */
    void scheduled() {
        boolean due = inFlight.takeFailed()
                || lastLookFailed
                || !seenLastTime.isEmpty()
                || System.currentTimeMillis() - lastLook >= LOOK_ANYWAY_AFTER.toMillis();
        if (!due) {
            return;
        }
        try {
            int released = look();
            lastLookFailed = false;
            if (released > 0) {
                LOG.infof("node %s: released %d job locks of failed transactions", node.value(), released);
            }
        } catch (RuntimeException e) {
            // The database is still away: the next run looks again.
            lastLookFailed = true;
            LOG.debugf("looking for leftover job locks failed: %s", e.getMessage());
        }
    }

    /** One look: releases the leftover locks seen at the last look too; returns how many. */
    synchronized int look() {
        lastLook = System.currentTimeMillis();
        Map<String, Date> ours = locks.lockedBy(node.value());
        Map<String, Long> notRunning = new HashMap<>();
        int released = 0;
        for (Map.Entry<String, Date> lock : ours.entrySet()) {
            String jobId = lock.getKey();
            Date expiry = lock.getValue();
            if (inFlight.contains(jobId) || expiry == null) {
                continue;
            }
            if (Long.valueOf(expiry.getTime()).equals(seenLastTime.get(jobId))) {
                if (locks.unlock(jobId, node.value(), expiry, inFlight::contains)) {
                    released++;
                }
            } else {
                notRunning.put(jobId, expiry.getTime());
            }
        }
        seenLastTime = notRunning;
        return released;
    }
}
