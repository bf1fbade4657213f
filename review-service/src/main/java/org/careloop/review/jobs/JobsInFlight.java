package org.careloop.review.jobs;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * The jobs this node's job executor holds right now: acquired and waiting for a thread, running, or locked for the
 * running thread as the next exclusive job of its message. A job locked in this node's name that is not among them is
 * a leftover: its transaction failed without writing the failure, which is what a database outage does
 * ({@link LeftoverLocks}).
 */
@Singleton
public class JobsInFlight {

    /**
     * How long a batch the full queue refused still counts: the acquisition submits it again in its next cycle, but
     * drops it when that cycle's acquisition fails (the database went away), and then nothing runs it.
     */
    static final Duration HANDED_BACK = Duration.ofSeconds(10);

    private static final long HELD = Long.MAX_VALUE;

    /** Job id → until when it counts as held (epoch milliseconds). */
    private final Map<String, Long> jobIds = new ConcurrentHashMap<>();

    private final AtomicBoolean failedSinceLastLook = new AtomicBoolean();
    private final LongSupplier clock;

    public JobsInFlight() {
        this(System::currentTimeMillis);
    }

    JobsInFlight(LongSupplier clock) {
        this.clock = clock;
    }

    void add(Collection<String> ids) {
        ids.forEach(id -> jobIds.put(id, HELD));
    }

    void handedBack(Collection<String> ids) {
        long until = clock.getAsLong() + HANDED_BACK.toMillis();
        ids.forEach(id -> jobIds.put(id, until));
        failedSinceLastLook.set(true);
    }

    void done(String jobId, boolean failed) {
        jobIds.remove(jobId);
        if (failed) {
            failedSinceLastLook.set(true);
        }
    }

    public boolean contains(String jobId) {
        Long until = jobIds.get(jobId);
        if (until == null) {
            return false;
        }
        if (until < clock.getAsLong()) {
            jobIds.remove(jobId, until);
            return false;
        }
        return true;
    }

    /** Whether a job ended with an exception since the last call: only then can a lock have been left behind. */
    boolean takeFailed() {
        return failedSinceLastLook.getAndSet(false);
    }
}
